using Xunit;

namespace Sitrep.Core.Tests.Places;

/// <summary>
/// Wordings of displacement reports that placed their figures in no country, or in the wrong one, until the nineteenth
/// session (and, from <see cref="A_disaster_named_after_its_town_is_placed_there"/> on, the twentieth): sentences we wrote
/// after reading the misses of excerpts written blind (see blind-excerpts.tsv).
/// </summary>
public sealed class WordingPlaceTests
{
    [Theory]
    [InlineData("In Valdosta, 1,200 residents spent the night in shelters.", "1,200", "US")] // "Valdosta, 1," is no age
    [InlineData("Officials in Hattiesburg said 300 homes were damaged by the tornado.", "300", "US")] // a town after "in" is no surname
    public void A_town_before_a_count_or_a_verb_of_saying_is_still_a_town(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("A landslide in Lao Cai province killed 12 people.", "12", "VN")] // "Lào Cai", not the Philippine "Lao"
    [InlineData("Floods in Quang Ngai province displaced 6,000 people.", "6,000", "VN")] // "Quảng Ngãi"
    [InlineData("About 5,000 people fled Rafah overnight, the agency said.", "5,000", "PS")] // "Rafaḩ"
    [InlineData("Flooding in Santiago de los Caballeros left 900 people in shelters.", "900", "DO")]
    public void A_name_is_read_whole_in_any_of_its_forms(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("In Kasese district, floods destroyed 300 homes and displaced 1,500 people, with support from the United Kingdom.", "1,500", "UG")]
    [InlineData("Across Sindh, rains destroyed 700 houses and left 4,000 families homeless.", "4,000", "PK")]
    public void The_place_that_opens_a_sentence_holds_each_of_its_counts(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("Moroccan authorities said 600 homes were damaged by the quake.", "600", "MA")]
    [InlineData("The Sudanese Armed Forces said 40 civilians were killed.", "40", "SD")] // "The" opens the sentence, not a name
    [InlineData("The storm battered Tacloban and Ormoc overnight; 3,000 families spent the night in schools.", "3,000", "PH")]
    public void A_report_that_names_no_place_as_one_counts_in_the_one_country_it_points_to(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("Pledges reached 40 million, Peter Sofia said on Monday.", "40 million")]
    [InlineData("Jackson told reporters that 12 people were hired.", "12")]
    public void One_town_named_without_a_cue_is_no_country_for_a_report(string text, string quote)
    {
        // One town alone is as often a person or a street; two of one country point to it.
        Assert.Null(StageInput.Figure(text, quote).Place);
    }

    [Theory]
    [InlineData("A fire in Camp 12 destroyed 300 shelters in Cox's Bazar.", "300", "BD")] // "Camp 12" is a label, not Camp, Arkansas
    [InlineData("A missile attack on Kharkiv damaged homes, injuring 12 people.", "12", "UA")] // "attack on" is a cue
    [InlineData("Heavy rains on Anjouan destroyed 60 houses.", "60", "KM")] // the island does not act: the rains do
    [InlineData("An airstrike near Idlib killed 11 people, the White Helmets said.", "11", "SY")] // "White Helmets" is no town
    [InlineData("The Detroit Free Press said 3 people were shot in Detroit on Sunday.", "3", "US")] // "Free" is no Free State
    public void Labels_targets_and_names_of_organisations_are_read_as_such(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("Floods in Sirsa and Fatehabad districts displaced 4,000 villagers.", "4,000", "IN")]
    [InlineData("Airstrikes in Sagaing Region's Kani township displaced 8,000 people.", "8,000", "MM")]
    [InlineData("About 900 households fled to the North Western zone of Tigray.", "900", "ET")]
    [InlineData("In southern Georgia's Lowndes County, 30 homes were destroyed.", "30", "US")]
    public void A_place_inside_another_is_read_inside_it(string text, string quote, string country)
    {
        // An area word in the plural; "Region's Kani": Kani lies in Sagaing, not in Japan; "zone of Tigray": no Sri Lankan
        // province; "Georgia's Lowndes County": the state that has the county, not the country.
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("COTABATO CITY – Floods displaced 2,000 families in two villages, officials said.", "2,000", "PH")] // a dateline's town with "City"
    [InlineData("About 1,200 South Sudanese returnees arrived last week, officials said.", "1,200", "SS")] // "South Sudanese", not "Sudanese"
    [InlineData("Some 2,000 refugees fleeing fighting in North Kivu crossed into Uganda on Monday.", "2,000", "UG")] // where they fled from
    [InlineData("BUJUMBURA – The rising waters of Lake Tanganyika have displaced 30,000 people.", "30,000", "BI")] // a lake, not the province
    [InlineData("KINGSTON – Some 800 people were in shelters in Westmoreland, the disaster office said.", "800", "JM")] // "Westmoreland Parish"
    public void Datelines_peoples_names_lakes_and_parishes_are_read_whole(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("MALÉ – Swell waves damaged 90 houses in two atolls, officials said.", "90", "MV")] // the gazetteer's "Male", written with its accent
    [InlineData("Flooding in Medellin left 900 people homeless, officials said.", "900", "CO")] // "Medellín" beside a Philippine town
    [InlineData("Storms in Torreon killed 4 people, officials said.", "4", "MX")] // "Torreón" beside a US post office
    [InlineData("BAMENDA – Fighters torched 47 houses in Bali Nyonga, North-West region, forcing 900 residents to flee.", "900", "CM")] // "Northwest Region"
    [InlineData("KINGSTON, Jamaica – Some 1,400 people were in shelters across St Elizabeth, officials said.", "1,400", "JM")] // "Saint Elizabeth Parish"
    [InlineData("About 4,800 people arriving from Nagorno-Karabakh were registered at a centre in Kornidzor, Syunik province.", "4,800", "AM")] // "Kornidzor, Syunik": one place
    public void Names_are_read_in_the_forms_news_writes_them(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("Herat: The earthquake destroyed 1,320 houses in two districts and 1,480 people have been confirmed dead, officials said.", "1,480", "AF")]
    [InlineData("Choluteca: Officials evacuated 2,800 families as the storm approached; 3 people died.", "3", "HN")]
    [InlineData("Blantyre — Floods and mudslides have killed 38 people in two townships, officials said.", "38", "MW")]
    [InlineData("Aswan, Upper Egypt — Flash floods damaged 110 houses in two villages, the governor said.", "110", "EG")]
    public void A_place_and_a_colon_or_a_dash_opening_a_report_are_its_dateline(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Fact]
    public void A_report_whose_places_all_lie_in_one_country_counts_there_though_it_names_it_once()
    {
        const string text = "Rescuers recovered 224 bodies by Friday. Most of the dead were from villages in Kerala.";
        Assert.Equal("IN", StageInput.Figure(text, "224").Place?.Country);
    }

    [Fact]
    public void Two_countries_named_once_each_place_no_count()
    {
        // Donors, not where the dead are.
        Assert.Null(StageInput.Figure("Rescuers recovered 41 bodies by Friday. Aid arrived from Britain and Japan.", "41").Place);
    }

    [Fact]
    public void A_line_of_a_victims_details_is_no_dateline()
    {
        // "Race" is Rače, Slovenia, without its accent; its line lies deep in the report.
        string text = "Police identify the victim\n\n" + string.Concat(Enumerable.Repeat("Officers said the shooting happened late on Friday near a store on the east side. ", 6))
                      + "\nAge – 24\nRace – Black\nInjuries – 2 gunshot wounds\n";
        Assert.DoesNotContain(StageInput.Extract(text).Figures, f => f.Place?.Country == "SI");
    }

    [Theory]
    [InlineData("In Wayanad, rescue teams recovered 16 more bodies on Wednesday.", "16", "IN")]
    [InlineData("Around 14,300 families were staying in evacuation centres across Albay, officials said.", "14,300", "PH")]
    public void A_district_after_a_cue_needs_no_area_word(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Fact]
    public void A_citys_side_is_no_district()
    {
        // "Northside" is a subdistrict of St. Thomas in the US Virgin Islands, and a neighbourhood of many US cities.
        Assert.NotEqual("VI", StageInput.Figure("CINCINNATI – Police said six people were shot Tuesday night in Northside.", "six").Place?.Country);
    }

    [Fact]
    public void A_heading_that_is_a_word_is_no_place()
    {
        // "Cyclone" is a post office's town in Pennsylvania; a heading names a place only when the gazetteer counts its people.
        Assert.NotEqual("US", StageInput.Figure("Cyclone: on two islands, 140 homes were damaged, the high commission said.", "140").Place?.Country);
    }

    [Fact]
    public void A_countrys_adjective_inside_a_name_is_no_hint()
    {
        Assert.NotEqual("SA", StageInput.Figure("Clashes in Datu Saudi Ampatuan displaced 900 families.", "900").Place?.Country);
    }

    [Fact]
    public void An_area_word_after_a_countrys_name_makes_it_no_country()
    {
        Assert.NotEqual("BH", StageInput.Figure("In Swat's Bahrain tehsil, floods killed 6 people.", "6").Place?.Country);
    }

    [Fact]
    public void People_who_came_from_a_place_in_a_country_came_from_that_country()
    {
        Assert.Equal("BI", StageInput.Figure("About 2,500 people fled from Uvira in South Kivu into Burundi last week.", "2,500").Place?.Country);
    }

    [Fact]
    public void A_place_that_heads_a_line_of_a_situation_report_holds_its_counts()
    {
        const string text = "Flash floods, 12 August\n- Rolpa: 40 houses swept away; 150 families displaced.";
        Assert.Equal("NP", StageInput.Figure(text, "40").Place?.Country);
        Assert.Equal("NP", StageInput.Figure(text, "150").Place?.Country);
    }

    [Theory]
    [InlineData("Rescuers were still searching for 30 people after the Mocoa landslide, the army said.", "30", "CO")]
    [InlineData("Survivors of the Alausi landslide, which buried 57 homes, were moved to a school.", "57", "EC")] // "Alausí"
    [InlineData("Dili flooding leaves 8,000 in evacuation centres, officials said.", "8,000", "TL")] // a headline opens the line
    [InlineData("In Jindires, in the Afrin countryside, rescuers said 850 buildings had collapsed.", "850", "SY")]
    public void A_disaster_named_after_its_town_is_placed_there(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Fact]
    public void A_word_that_opens_a_sentence_before_a_disaster_is_no_town()
    {
        // Strong, Maine: a sentence's first word may be any adjective.
        Assert.Null(StageInput.Figure("Strong earthquake destroyed 300 homes, officials said.", "300").Place);
        Assert.Null(StageInput.Figure("Gas explosion kills 3 in the capital.", "3").Place); // Gas, Kansas: a post office's town
    }

    [Theory]
    [InlineData("PORT VILA, Vanuatu — Cyclone winds flattened 60 homes in Mele, the disaster office said.", "60", "VU")] // not Mele, Italy
    [InlineData("GANGTOK — About 2,000 tourists were stranded in Lachen, officials said.", "2,000", "IN")] // not Lachen, Switzerland
    [InlineData("Nuku'alofa — All 40 residents of Mango were moved to Nomuka.", "40", "TO")] // not Mango, Florida; the dateline "Nuku‘alofa"
    [InlineData("FREETOWN — A landslide at Regent buried 40 houses, officials said.", "40", "SL")] // Regent, North Dakota, would make Freetown a US town
    [InlineData("Fighting in Myanmar's Sagaing region has driven 3,000 people from their homes in Kani township since March.", "3,000", "MM")] // a Japanese town and its city district
    public void A_foreign_village_of_a_name_in_a_report_firmly_elsewhere_is_a_namesake(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("KYIV — More than 1,200 people crossed into Przemysl on Sunday, the border guard said.", "1,200", "PL")] // a town, not a village
    [InlineData("LVIV — About 800 refugees reached Medyka, Poland, overnight.", "800", "PL")] // its country named
    public void A_foreign_town_or_a_village_of_a_country_named_stays(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("NUKU'ALOFA — Waves destroyed 56 homes on the main island, officials said.", "56", "TO")] // "Nuku‘alofa"
    [InlineData("Cyclone winds damaged 300 homes in Port Vila.", "300", "VU")] // "Port-Vila"
    [InlineData("Gaibandha: Floodwaters marooned 85,000 people in three upazilas.", "85,000", "BD")] // a district's seat, of unknown size
    [InlineData("Port Vila: Flooding forced 300 people into evacuation centres.", "300", "VU")] // two words in another form open a report
    [InlineData("HOPE, B.C. — Floods forced 1,200 residents from their homes.", "1,200", "CA")] // a province as the Canadian Press abbreviates it
    [InlineData("About 800 people crossed from Sudan into Renk county last week.", "800", "SS")] // a county outside the US is an area
    public void A_name_is_found_as_news_types_it(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("SUVA — Australia's foreign ministry said it would fly tents in for the 400 people left homeless.", "400", "FJ")]
    [InlineData("Kenya's health ministry said 300 people had died of cholera.", "300", "KE")] // the only country: still its figures'
    [InlineData("Armenia's government said 1,617 people had arrived from Nagorno-Karabakh overnight.", "1,617", "AM")] // its own country
    public void A_country_whose_foreign_ministry_speaks_is_a_hint_not_the_place(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Fact]
    public void People_from_a_place_are_counted_where_they_arrived()
    {
        const string text = "At the border crossing in Nangarhar, officials counted 9,100 returnees from Pakistan, including 1,240 families.";
        Assert.Equal("AF", StageInput.Figure(text, "1,240").Place?.Country);
    }

    [Theory]
    [InlineData("UNHCR teams at the Adré border crossing registered 14,800 new arrivals from West Darfur last week.", "14,800", "TD")]
    [InlineData("At the Torkham crossing, 4,700 Afghans returning from Pakistan were registered in a day.", "4,700", "AF")]
    [InlineData("RENK — IOM said 3,900 people crossing from Sudan were registered this week.", "3,900", "SS")] // the dateline holds them
    public void People_counted_on_arrival_are_counted_at_the_crossing_or_in_the_reports_place(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Fact]
    public void Two_places_may_head_a_line_of_figures()
    {
        Assert.Equal("BD", StageInput.Figure("Kurigram and Jamalpur: 30,000 people are stranded by floods.", "30,000").Place?.Country);
    }

    [Fact]
    public void A_county_seat_of_unknown_size_may_head_a_line_of_figures()
    {
        // Renk's people are not in the gazetteer; Renk County is a second-level area, so the town is no post office's.
        Assert.Equal("SS", StageInput.Figure("Week 12\n- Renk: 900 people who crossed from Sudan were registered.", "900").Place?.Country);
    }

    [Fact]
    public void A_country_that_sent_aid_is_no_place_of_the_count()
    {
        const string text = "Dili — Floods displaced 9,800 people, and Australia sent supplies for 1,000 of the affected families.";
        Assert.Equal("TL", StageInput.Figure(text, "1,000").Place?.Country);
    }

    [Fact]
    public void An_area_word_after_two_names_is_each_ones()
    {
        // "Lalitpur" alone is a town in India; "Lalitpur and Kavrepalanchok districts" are two districts of Nepal.
        Assert.Equal("NP", StageInput.Figure("Floods displaced 1,800 families in Lalitpur and Kavrepalanchok districts.", "1,800").Place?.Country);
    }

    [Fact]
    public void A_known_place_that_closes_a_phrase_after_an_unknown_one_continues_its_cue()
    {
        // "Ukhiya" is no name of the gazetteer; "Cox's Bazar" after it and before a comma lies where the cue put it.
        Assert.Equal("BD", StageInput.Figure("A fire tore through a camp in Ukhiya, Cox's Bazar, destroying 1,100 shelters.", "1,100").Place?.Country);
    }

    [Theory]
    [InlineData("LISMORE, NSW — Floods left 4,000 people in evacuation centres across the Northern Rivers.", "4,000", "AU")] // not Rivers State
    [InlineData("More than 3,400 Somali asylum-seekers were registered in the camps near Garissa.", "3,400", "KE")] // a people, not Ethiopia's Somali Region
    [InlineData("PRAIA — Floods in Santiago island destroyed 200 homes.", "200", "CV")] // the island, not Chile's capital
    [InlineData("SUVA — The storm left 62,000 people homeless; Australia and New Zealand pledged relief flights for 3,000 of them.", "3,000", "FJ")] // both act
    public void A_word_a_place_is_named_by_may_be_part_of_another_name_or_a_people(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Fact]
    public void A_ministry_and_a_mountain_range_are_no_towns()
    {
        // Interior, South Dakota, and Atlas, Pennsylvania: two towns of one country named without a cue would point to it.
        Assert.NotEqual("US", StageInput.Figure("The Interior Ministry said 2,946 people died in villages of the High Atlas.", "2,946").Place?.Country);
    }

    [Theory]
    [InlineData("Heavy rains displaced 52,000 people in Warrap State and 9,000 more in Upper Nile.", "52,000", "SS-WR")]
    [InlineData("Heavy rains displaced 52,000 people in Warrap State and 9,000 more in Upper Nile.", "9,000", "SS-NU")]
    public void South_Sudans_states_are_areas_though_the_ISO_data_lacks_them(string text, string quote, string area)
    {
        Assert.Equal(area, StageInput.Figure(text, quote).Place?.Admin1);
    }

    [Theory]
    [InlineData("The cyclone destroyed 4,000 homes across Atsinanana.", "4,000", "Atsinanana")]
    [InlineData("In Sava Region, 3,200 people were moved to shelters.", "3,200", "Sava Region")]
    public void Madagascars_regions_are_areas_though_ISO_gives_them_no_code(string text, string quote, string region)
    {
        var place = StageInput.Figure(text, quote).Place;
        Assert.Equal(("MG", region), (place?.Country, place?.Name));
    }

    [Fact]
    public void A_country_that_is_also_a_persons_name_owns_the_area_after_its_possessive()
    {
        Assert.Equal("GE", StageInput.Figure("Georgia's Svaneti region: about 150 tourists were evacuated by helicopter.", "150").Place?.Country);
    }

    [Theory]
    [InlineData("Officials said 6,500 villagers living along the border with Cambodia in Surin province had been moved to temples.", "6,500", "TH")]
    [InlineData("KABUL — Floods destroyed 300 homes, the agency said in Geneva on Friday, and 40,000 people need shelter.", "40,000", "AF")]
    [InlineData("BEIRA — OCHA in Geneva said 1.2 million people needed aid.", "1.2 million", "MZ")]
    [InlineData("Somali officials welcomed the figures: the Norwegian Refugee Council counted 25,000 arrivals in October.", "25,000", "SO")]
    public void A_neighbour_an_aid_organisation_and_where_a_statement_was_made_are_no_places_of_the_count(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Fact]
    public void A_name_before_a_Roman_numeral_is_a_monarchs()
    {
        Assert.Null(StageInput.Figure("At King George VI School, 300 families were sheltering.", "300").Place); // not King George, Virginia
    }

    [Theory]
    [InlineData("FREETOWN — Rescuers dug 40 bodies out of the mud at Regent, where part of Sugar Loaf gave way.", "40", "SL")] // two US villages
    [InlineData("IDLIB — Some 9,000 families reached sites around Dana, the UN said in Geneva.", "9,000", "SY")] // five US villages of one name, and the US Genevas
    public void Villages_abroad_do_not_vouch_for_each_other_against_a_dateline(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("Floods in Paiporta damaged 2,100 homes across l'Horta Sud.", "2,100", "ES")] // not Haiti's Sud
    [InlineData("The mayor of Mocoa said 600 families had left their homes.", "600", "CO")] // not a person's name before "said"
    [InlineData("The Kirkuk governor said 300 families had fled their villages.", "300", "IQ")] // a town whose governor speaks
    [InlineData("Nine days after the Wayanad landslides, 9,000 people remain in camps.", "9,000", "IN")]
    [InlineData("Sindhupalchowk floods: 75 houses swept away", "75", "NP")]
    public void A_district_after_a_name_or_before_a_disaster_and_a_town_whose_mayor_speaks(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("BENGHAZI — Some 1,500 families have fled to Al Bayda.", "1,500", "LY")] // not Yemen's
    [InlineData("During the raid, 3,000 residents fled the refugee camp in Jenin.", "3,000", "PS")] // not the Polish village
    [InlineData("The storm left 2,000 people homeless around Khoy.", "2,000", "IR")] // GeoNames writes "Khowy"
    public void News_spellings_of_towns_the_gazetteer_names_otherwise(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("Malé — Swells flooded 60 homes on the island, and 20 people were moved to a school.", "60", "MV")] // the gazetteer writes "Male"
    [InlineData("Lusaka's Chibolya compound was flooded overnight, leaving 700 households displaced.", "700", "ZM")]
    public void A_name_with_accents_the_gazetteer_lacks_and_a_citys_possessive_before_its_quarter_are_places(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("About 9,000 people fled villages around Kani township in Sagaing region after air strikes.", "9,000", "MM")] // not Kani, Japan
    [InlineData("Floods in Chama district, Northern Province, have displaced 2,400 people.", "2,400", "ZM")] // Zambia's "Northern"
    [InlineData("About 8,000 refugees fleeing Sudan's Central Darfur crossed into Adré this week.", "8,000", "TD")] // fled from, as Sudan
    [InlineData("Border guards recorded 9,400 arrivals from Ukraine on Sunday, of whom 2,000 were registered at the reception point in Przemyśl.", "9,400", "PL")] // counted where they arrived
    [InlineData("In Niamey, floodwater reached parts of the Saga neighbourhoods overnight, and 1,300 households lost their homes.", "1,300", "NE")]
    public void An_area_that_holds_a_name_an_area_named_by_its_direction_and_where_people_fled_from(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("Officials in Kurigram said some 2,600 households had moved onto embankments.", "2,600", "BD")] // a district whose officials speak
    [InlineData("In Los Ríos province, 900 families were affected, officials in Guayaquil said.", "900", "EC")] // Ecuador's "Los Rios" too
    [InlineData("About 600 residents of Heliodoro Castillo municipality fled after clashes, the municipal president said.", "600", null)] // no Castillo district of the Dominican Republic
    [InlineData("Floods in Thua Thien-Hue forced 3,800 households to evacuate.", "3,800", "VN")]
    public void An_area_named_as_news_writes_it_and_not_by_part_of_its_name(string text, string quote, string? country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("Gulu storm leaves 200 families homeless", "200", "UG")]
    [InlineData("Bambari clashes drive 3,000 people into the bush", "3,000", "CF")]
    public void A_storm_or_clashes_named_after_a_town_place_it(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("CHISINAU — Officials registered 3,400 refugees from Ukraine crossing at Palanca over the weekend.", "3,400", "MD")] // "crossing" a verb after an origin
    [InlineData("- Sagaing Region, Kani township: about 5,000 people fled after airstrikes", "5,000", "MM")] // the area before the comma holds the town
    [InlineData("About 240 returnees from Kakuma camp in Kenya arrived in Bor this week.", "240", "SS")] // the camp's country is where they came from
    [InlineData("St Lucia: 80 people remain in shelters in Dennery after flash floods", "80", "LC")] // the island's state
    [InlineData("In the Savannah Region, floods displaced 640 residents of Daboya.", "640", "GH")] // a region since 2019
    public void Arrivals_camps_islands_and_regions_the_ISO_data_predates(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("Floods in Calamba, Laguna, forced 900 families into evacuation centres.", "900", "PH")] // not Laguna, California
    [InlineData("Roxas, Oriental Mindoro — 600 families were evacuated as the river rose.", "600", "PH")] // not Morocco's Oriental
    public void A_town_and_its_province_read_as_one_where_the_province_is_a_district_of_the_gazetteer(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("The Tavush regional administration said 140 people were moved to a school.", "140", "AM")] // "Regional" makes a hospital's name, "regional" does not
    [InlineData("Speaking in Geneva, a spokesman said 7,000 people had fled Geneina.", "7,000", "SD")] // not where the statement was made
    [InlineData("About 1,100 migrants crossed from Honduras and reached Esquipulas on Sunday.", "1,100", "GT")] // where they arrived
    [InlineData("Clashes in Beni territory displaced 2,300 people, and more fled toward Butembo.", "2,300", "CD")] // Congo's district, not Bolivia's department
    [InlineData("About 2,400 people from the Ituri region arrived in Kasese this month.", "2,400", "UG")] // where they came from, though an area's word follows it
    [InlineData("Some 900 refugees fleeing the Ségou region of Mali reached Bobo-Dioulasso.", "900", "BF")] // the area's country is where they fled too
    [InlineData("About 12,000 people are staying in 40 schools in Kisumu, with tents flown in from Dubai.", "12,000", "KE")] // the schools hold the people
    [InlineData("Some 800 people from 12 villages in Kasese district were moved after heavy rain in Rwanda.", "800", "UG")]
    public void Areas_statements_arrivals_and_the_things_that_hold_the_people_counted(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("Floods in Turkistan region forced 900 residents from their homes.", "900", "KZ")] // the gazetteer's name is Kazakh
    [InlineData("Floods in Akmola region displaced 1,400 people.", "1,400", "KZ")]
    [InlineData("Wildfires in Ñuble destroyed 300 homes.", "300", "CL")] // a region since 2018
    [InlineData("Khayelitsha fire leaves 500 people homeless", "500", "ZA")]
    [InlineData("Authorities in Dundo registered 600 new arrivals.", "600", "AO")]
    [InlineData("In Ngāruawāhia, 60 families left their homes as the rivers met.", "60", "NZ")] // the gazetteer writes it without its macrons
    [InlineData("Hail damaged 700 homes in Pachuca.", "700", "MX")] // GeoNames: "Pachuca de Soto"
    [InlineData("Strong winds in Vava'u left 40 families in church halls.", "40", "TO")] // the gazetteer writes "Vavaʻu", with an okina
    [InlineData("Airstrikes in Sa'ada killed 30 people.", "30", "YE")]
    [InlineData("A glacial flood in Lower Chitral displaced 90 families.", "90", "PK")] // a district since 2018
    [InlineData("Flooding in St. Pölten forced 300 people from their homes.", "300", "AT")] // GeoNames: "Sankt Pölten"
    [InlineData("About 600 people were moved to schools in Savusavu.", "600", "FJ")]
    [InlineData("A landslide in Hpakant buried 40 miners.", "40", "MM")]
    public void Regions_and_towns_the_gazetteer_names_otherwise_or_lacks(string text, string quote, string country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("Gulu's mayor said 1,300 people had moved into schools.", "1,300", "UG")] // a town's officials, bodies and sites
    [InlineData("Kitgum's district disaster office registered 700 new arrivals.", "700", "UG")]
    [InlineData("Pokrovsk's city military administration said 300 people were evacuated.", "300", "UA")]
    [InlineData("Bentiu's protection site received 600 new arrivals.", "600", "SS")]
    [InlineData("The administrator of Chokwe said 900 people had been moved to higher ground.", "900", "MZ")]
    [InlineData("A statement issued in Nairobi said 4,000 people had fled Luuq.", "4,000", "SO")] // where the statement was made
    [InlineData("Kakuma now hosts 200,000 refugees who crossed from South Sudan.", "200,000", "KE")] // where they are, not where they came from
    [InlineData("Ouallam is hosting 9,000 displaced people from villages to the north.", "9,000", "NE")]
    [InlineData("A spokesperson told reporters in Geneva that 5,000 people had fled Uvira.", "5,000", "CD")] // where the statement was made is no place of the count
    [InlineData("Speaking to journalists in Geneva, the envoy said 3,000 people had fled Bunia.", "3,000", "CD")]
    [InlineData("Two journalists in Gaza were killed on Tuesday.", "Two", "PS")] // the press where it was counted, no verb of saying before it
    [InlineData("The Nyarugusu refugee camp, the largest in the region, now holds 130,000 people.", "130,000", "TZ")] // a camp named after its town, one word between
    [InlineData("Kiryandongo settlement took in 900 new arrivals this week.", "900", "UG")] // opening a line: a district's name, though the town's size is unknown
    [InlineData("Over the frontier, 11,000 people crossed the bridge.", "11,000", null)] // "the" between: not Over, England
    [InlineData("The Nyarugusu refugee camp now holds 130,000 people.", "130,000", "TZ")] // "The" opens sentences: no first name, though no "the" is in lower case
    [InlineData("A Kasese landslide killed 14 people.", "14", "UG")] // nor is the name after it its sentence's first word
    [InlineData("Heavy rain fell overnight. Parts of Kasese were flooded, and 300 people fled.", "300", "UG")] // a plural opening a sentence before "of"
    [InlineData("Residents of Bidibidi counted 2,000 new arrivals.", "2,000", "UG")]
    [InlineData("The University of Nairobi said 4 people died.", "4", null)] // a name's "of", not a cue
    [InlineData("The prefect of the cercle of Niono said 1,150 displaced people had arrived.", "1,150", "ML")] // a noun's "of": a place whose officials speak, no surname before "said"
    [InlineData("Moroccan officials said 960 families were living in tents. (Translated from French.)", "960", "MA")] // a language, not France
    [InlineData("Lebanese officials told the Spanish-language daily that 400 families had fled.", "400", "LB")]
    public void A_town_whose_officials_or_sites_are_named_is_a_place(string text, string quote, string? country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Theory]
    [InlineData("Rockfalls on Taveuni cut the road to 40 villages, and 600 people were moved.", "600", "FJ")] // islands are named after "on"
    [InlineData("On Ambae, 2,000 residents were taken to the north of the island.", "2,000", "VU")] // "On" opening a sentence is no first name
    [InlineData("Shelling on Kherson killed 4 people.", "4", "UA")] // after an attack, in -ing too
    [InlineData("Swells on Mahé flooded 70 homes, the disaster office said.", "70", "SC")] // the island, not India's Mahe
    [InlineData("Seven people drowned after two dams burst on Wadi Ghazal.", "Seven", null)] // a valley's name, not India's town Wadi
    [InlineData("He relied on Jackson, who said 6 people died.", "6", null)] // after a verb, "on" is no cue
    [InlineData("Pressure on Washington grew after 7 people died.", "7", null)] // nor after what bears on someone
    [InlineData("On Independence Day four people were shot.", "four", null)] // a holiday, not Independence, Missouri
    public void On_before_an_island_says_where_but_not_after_a_verb_or_before_a_holiday(string text, string quote, string? country)
    {
        Assert.Equal(country, StageInput.Figure(text, quote).Place?.Country);
    }

    [Fact]
    public void On_before_a_towns_name_at_a_stop_is_a_streets()
    {
        // Local news names streets after towns: not Bosworth, Missouri.
        Assert.Equal("Cleveland", StageInput.Figure("CLEVELAND — Two men were wounded in a shooting Sunday on Bosworth.", "Two").Place?.Name);
    }
}
