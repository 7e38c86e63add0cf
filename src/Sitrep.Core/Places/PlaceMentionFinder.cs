using System.Buffers;

namespace Sitrep.Core.Places;

/// <summary>
/// Finds the places a report names: runs of capitalised words (and the small words inside names, "Bosnia and
/// Herzegovina") looked up in the gazetteer, longest first; countries' adjectives as hints.
/// </summary>
internal static class PlaceMentionFinder
{
    private const int MaxWords = 5;

    /// <summary>The ASCII characters that are no capital letter.</summary>
    private static readonly SearchValues<char> NoCapital = SearchValues.Create(
        [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetterUpper(c))]);

    public static List<PlaceMention> Find(string text, Gazetteer gazetteer)
    {
        var mentions = new List<PlaceMention>();
        var lower = new LowerCaseWords(text);
        int? headline = null; // read when first asked for
        Span<int> ends = stackalloc int[MaxWords];
        int i = 0;
        while (i < text.Length)
        {
            // To the next capital letter (or letter beyond ASCII, which may be one), most of the text passed over at once.
            int skip = text.AsSpan(i).IndexOfAnyExcept(NoCapital);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            char c = text[i];
            if (!char.IsUpper(c) || (i > 0 && IsWordChar(text[i - 1])))
            {
                i++;
                continue;
            }

            int firstEnd = i + WordLength(text, i);
            var first = text.AsSpan(i, firstEnd - i);
            int hash = Gazetteer.WordHash(first);
            bool mayBeCounty = gazetteer.MayStartCounty(hash);
            if (!mayBeCounty && !gazetteer.MayStart(first, hash) && !IsPossessive(text, i, firstEnd) && !MayOpenDistrict(text, firstEnd, gazetteer)
                && !MayHead(text, i) && !InPlaceBefore(text, i, gazetteer))
            {
                i = firstEnd; // "Police", "He", "Sheriff Jones": no name or adjective starts with the first word
                continue;
            }

            int words = Words(text, firstEnd, ends);
            if (mayBeCounty && County(text, i, ends[..words], gazetteer) is { } county)
            {
                // "Onslow County", "East Baton Rouge Parish": the states that have such a county say which town the
                // report's other names are, without being a place of their own.
                mentions.Add(county);
                mentions.Add(county with { Candidates = [gazetteer.Country(county.Entry.Country)!], Weak = true, Qualifier = false, County = false });
                i = county.End;
                continue;
            }

            if (IsPossessive(text, i, ends[0]) && !gazetteer.MayStart(first, hash))
            {
                // "Ethiopia's Amhara region": no name starts with "Ethiopia's" (as "Cox's Bazar" starts with "Cox's").
                (ends[0], words) = (ends[0] - 2, 1);
                first = text.AsSpan(i, ends[0] - i);
                hash = Gazetteer.WordHash(first);
            }

            if (words > 1 && gazetteer.MayOpenAdjective(hash) && gazetteer.CountryOfAdjective(text.AsSpan(i, ends[1] - i)) is { } people)
            {
                // "South Sudanese returnees", "Sri Lankan navy": the two words say the country, the second alone may not.
                mentions.Add(Hint(i, ends[1], [people]));
                i = ends[1];
                continue;
            }

            // "Sherman Hospital": when no name of two words or more starts with the first word, only the word alone may be one.
            int longest = words > 1 && !gazetteer.MayLead(first, hash) ? 1 : words;
            var (hit, end, otherForm) = gazetteer.MayStart(first, hash) ? Longest(text, i, ends[..longest], hash, gazetteer) : ([], -1, false);
            if (end > 0 && CityAfter(text, end) && AllTowns(hit))
            {
                end += CityWord.Length; // "COTABATO CITY", "Legazpi City": the town, the word "City" with it
            }

            if (end > 0 && AreasWithoutTheirAreaWord(text, i, end, hit, gazetteer) is { } alsoAreas)
            {
                hit = [.. hit, .. alsoAreas]; // "Eastern Province": Saudi Arabia's, and Zambia's "Eastern" too
            }

            if ((end < 0 || (words > 1 && AfterTownAndComma(text, i, mentions))) && District(text, i, ends[..words], gazetteer, mentions) is { } district
                && district.End > end)
            {
                mentions.Add(district);
                i = district.End;
                continue;
            }

            if (end < 0)
            {
                if (words > 1 && WordAfter(text, ends[0], gazetteer) == PlaceWordRole.Abroad)
                {
                    i = ends[words - 1]; // "the Norwegian Refugee Council reported 25,000 arrivals" in Baidoa: an aid organisation's name
                    continue;
                }

                if (gazetteer.CountryOfAdjective(text.AsSpan(i, ends[0] - i)) is { } country && !(words > 1 && CapitalisedBefore(text, i))
                    && !Language(text, i, ends[0], gazetteer))
                {
                    // Not inside a name ("Datu Saudi Ampatuan", a Philippine town).
                    mentions.Add(Hint(i, ends[0], [country]));
                }

                i = ends[0];
                continue;
            }

            var name = text.AsSpan(i, end - i);
            var role = gazetteer.Role(name);
            if (NeverPlace(role))
            {
                i = end; // "Police", "Street", "March", "Lake": a word of place-words.tsv that is never a place of its own
                continue;
            }

            var after = WordAfter(text, end, gazetteer);
            // "the Valparaiso region", "Swat's Bahrain tehsil"; "Renk county" in South Sudan, where "King County" is a US county.
            bool areaWord = ((after == PlaceWordRole.Suffix || (after == PlaceWordRole.Admin2 && NoneIn(hit, "US"))) && char.IsLower(text[end + 1]))
                            || (RoleAfterAndName(text, end, gazetteer, PlaceWordRole.Suffix, pluralInLowerCase: true) && AreaOfName(name, gazetteer)); // "in Lalitpur and Kavrepalanchok districts"
            if (after == PlaceWordRole.Facility || (after is null && (AllTowns(hit) || ShortFormOfAreas(name, hit)) && InLongerName(text, end, InFirstLine(text, end) ? headline ??= HeadlineEnd(text) : 0, gazetteer))
                || (NumberAfter(text, end) && AllTowns(hit)) || (DirectionInNameBefore(text, i, gazetteer) && AShortFormOfAnArea(name, hit))
                || RomanNumeralAfter(text, end))
            {
                i = end; // "Sherman Hospital", "North Street"; "Prospect Lefferts Gardens", "Chicago Sun-Times"; "Camp 9"; "the Northern Rivers"; "King George VI"
                continue;
            }

            if (end == ends[0] && after != PlaceWordRole.Suffix && end + 1 < text.Length && text[end] == ' ' && char.IsLower(text[end + 1])
                && gazetteer.CountryOfAdjective(name) is { } nation && !InPlaceBefore(text, i, gazetteer))
            {
                // "Somali asylum-seekers": a people's adjective, not the Somali Region of Ethiopia (which "Somali region" is).
                mentions.Add(Hint(i, end, [nation]));
                i = end;
                continue;
            }

            if (areaWord && AnyCountry(hit))
            {
                // "Swat's Bahrain tehsil": an area of a country's name is not that country.
                hit = [.. hit.Where(h => h.Precision != PlacePrecision.Country)];
                if (hit.Length == 0)
                {
                    i = end;
                    continue;
                }
            }

            if (after == PlaceWordRole.Admin2 && !areaWord)
            {
                // "Darlington County", "King County": a county says which country (its towns' country), not which town.
                var whole = hit.Select(h => gazetteer.Country(h.Country)).OfType<PlaceEntry>().Distinct().ToArray();
                if (whole.Length > 0)
                {
                    mentions.Add(Hint(i, end, whole));
                }

                i = end;
                continue;
            }

            if (areaWord && gazetteer.AreasNamed(name) is { Length: > 0 } areas)
            {
                // "the Valparaiso region", "Washington state": the area, not the town of its name; "in Beni territory" may
                // also be a district of another country than the area of its name (Bolivia's Beni department).
                hit = DistrictsElsewhere(areas, gazetteer.Districts(name)) is { } elsewhere ? [.. areas, .. elsewhere] : areas;
            }
            else if ((after == PlaceWordRole.Suffix || areaWord || AfterTownAndComma(text, i, mentions)) && role is null && AllTowns(hit)
                     && gazetteer.Districts(name) is { Length: > 0 } districts)
            {
                // "Kasese district", "in Beni territory", "Santa Rosa, Laguna": the second-level area beside the towns of its
                // name (the report's other places choose: "the Beaufort District's schools" in South Carolina are the town's).
                hit = [.. hit, .. districts];
            }

            if ((Owner(text, i, mentions) ?? (areaWord && !AnyArea(hit) ? AreaBeforeComma(text, i, mentions) : null)) is { } owner && !AnyWithin(hit, owner.Candidates))
            {
                i = end; // "Sagaing Region's Kani township", "Sagaing Region, Kani township": a name after its area lies in it, not in Japan
                continue;
            }

            if (areaWord && AreaOfAfter(text, end, gazetteer) is { } holder && !AnyWithin(hit, holder))
            {
                i = end; // "the North Western zone of Tigray" is no Sri Lankan province
                continue;
            }

            if (areaWord && CapitalisedBefore(text, i) && !RightAfterName(text, i, mentions) && gazetteer.Role(WordBefore(text, i)) is null)
            {
                i = end; // "Heliodoro Castillo municipality", "the Ain Zara district": the area's whole name is longer than this one
                continue;
            }

            var areasAlso = otherForm ? null : gazetteer.AreasOfOtherForm(name, hit);
            // "the Bududa landslide", "after Derna floods", "at the Torkham crossing", "the Kakuma refugee camp": a disaster or
            // a site named after its town, inside a sentence, after a word that opens sentences ("The", "A"), or in a
            // headline that opens a line ("Dili flooding leaves 8,000"); not at the start of another sentence, which may
            // open with any adjective ("Strong earthquake": Strong, Maine).
            bool siteAfter = (after == PlaceWordRole.Site || (after is null && SiteAfterWord(text, end, gazetteer)))
                             && char.IsLower(text[end + 1]) && !lower.Contains(name)
                             && (LowerCaseWordBefore(text, i) || gazetteer.IsSentenceStarter(WordBefore(text, i))
                                 || (AtLineStart(text, i) && KnownOrDistrict(hit, name, gazetteer)))
                             && gazetteer.Role(WordBefore(text, i)) != PlaceWordRole.Origin; // not "refugees from Ukraine crossing at Palanca"
            var cue = after == PlaceWordRole.Agency || siteAfter || areaWord || (Heading(text, i, end) && KnownOrDistrict(hit, name, gazetteer))
                      || (role == PlaceWordRole.NeedsCue && OwnsNamedArea(text, end, gazetteer)) || AgencyOf(text, i, gazetteer)
                      || (role is null && ((PossessiveBeforeName(text, end) && AnyCity(hit)) || (!AnyCountry(hit) && OwnsItsOwn(text, end, gazetteer))))
                      || HostsAfter(text, end, gazetteer)
                ? areaWord && Cue(text, i, gazetteer, mentions, areaOrCountry: true, end: end) == PlaceWordRole.Origin
                    ? PlaceWordRole.Origin // "people from the Kasai region arrived in Dundo": where they came from
                    : PlaceWordRole.Cue
                : Cue(text, i, gazetteer, mentions, areasAlso is not null || !AllTowns(hit), end: end);
            if (cue is null && Owner(text, i, mentions) is { Origin: true })
            {
                cue = PlaceWordRole.Origin; // "refugees fleeing Sudan's West Darfur": where they fled from, as the owner is
            }

            if (areasAlso is not null && cue is PlaceWordRole.Cue or PlaceWordRole.Origin)
            {
                hit = [.. hit, .. areasAlso]; // "fled Kasai's Tshikapa": the province written without its accent, beside the Japanese town
            }

            if (!otherForm && cue is PlaceWordRole.Cue or PlaceWordRole.Origin && AllTowns(hit) && gazetteer.TownsOfOtherForm(name, hit) is { } townsAlso)
            {
                hit = [.. hit, .. townsAlso]; // "in Medellin": the Colombian "Medellín" beside the Philippine town
            }

            if (cue == PlaceWordRole.Facility || role == PlaceWordRole.Direction || Intersection(text, i, end) || StreetPair(text, end, gazetteer)
                || LandformBefore(text, i, gazetteer))
            {
                i = end; // "the 3000 block of Benton", "at Singleton and Hampton": streets; "West": a direction, not West, Texas; "Lake Tanganyika"
                continue;
            }

            bool cued = cue is not null;
            // "YEREVAN, Sept. 30 –"; "Beledweyne — Floods …", "Limni, Evia — …" and "Hyderabad: Heavy rain lashed the city"
            // opening a report (not "Driver: …", a word the report also writes in lower case; "Port Vila:" and "Nuku'alofa —",
            // not "Change:", in another form).
            bool lineStart = i == 0 || text[i - 1] == '\n';
            bool dateline = (lineStart && IsUpperWord(name) && DatelineMark(text, end))
                            || (lineStart && i < DatelineReach && (!otherForm || name.IndexOfAny(' ', '\'') >= 0) && (DashAfter(text, end) || (i == 0 && end < text.Length && text[end] == ':'))
                                && KnownOrDistrict(hit, name, gazetteer) && !lower.Contains(name)); // not "Race – Black" in a list of a victim's details
            if (otherForm && (!(cue is PlaceWordRole.Cue or PlaceWordRole.Origin || dateline) || after == PlaceWordRole.Agency || lower.Contains(name)))
            {
                i = end; // "Change is coming", "Al Haouz": a word that is a foreign town without its accents, or a town without "City"
                continue;
            }

            if (!cued && !dateline && AllAreas(hit) && RightAfterName(text, i, mentions))
            {
                i = end; // "l'Horta Sud": an area's name after another name is the end of a longer one, not Haiti's Sud
                continue;
            }

            if (!cued && !dateline && IsCommonWord(lower, name, hit))
            {
                i = end; // "Police said", "Share this", "Man charged": a word the report also writes in lower case
                continue;
            }

            if (SubdivisionAfter(text, end, hit) is { } inArea && !AfterWebAddress(text, i))
            {
                // "Trenton, NJ", "Darlington, SC": the subdivision's ISO code says which town.
                mentions.Add(new PlaceMention(new TextSpan(i, end - i), [.. inArea], true, dateline, false, false));
                i = end;
                continue;
            }
            if (IsAcronymOfTown(name, hit))
            {
                i = end; // "EU" is not Eu, Normandy
                continue;
            }

            if (!dateline && AnyCountry(hit) && (SiteWith(text, i, gazetteer) || (!cued && AuthorityAfter(text, end, gazetteer))))
            {
                // "evacuated from villages along the border with Thailand": the neighbour the border is shared with; "New
                // Zealand's foreign ministry said … the 162 people left homeless" in Tonga: the country speaks. Hints at the
                // report's country (as "Chilean authorities" is), not where the count holds.
                mentions.Add(Hint(i, end, hit));
                i = end;
                continue;
            }

            if ((!cued && !dateline && ((ActsAfter(text, end, gazetteer) && !OnBefore(text, i)) || AfterWebAddress(text, i))) || after == PlaceWordRole.Part
                || (!dateline && AllTowns(hit) && SpeakerBeforeIn(text, i, gazetteer, out bool saying) && (saying || ActsAfter(text, end, gazetteer))))
            {
                // "Japan announced $1.5 million", "Azerbaijan says": a country that acts is a donor or a source, not
                // where a count holds; it still says which country the report is about. So does a neighbourhood ("the
                // Brighton Park neighborhood"), which is a part of the town the report names, and a page's banner; and
                // where a statement was made ("the UN in Geneva said 1.8 million people were affected", "OCHA said in Geneva").
                mentions.Add(new PlaceMention(new TextSpan(i, end - i), hit, false, false, true, Qualifier: true));
                i = end;
                continue;
            }

            if (cue == PlaceWordRole.Cue && SeatBefore(text, i, gazetteer))
            {
                // "the government in Yerevan" speaks for Armenia: a national capital after an authority is its country.
                var countries = hit.Where(h => h.Seat == 2 && h.Precision == PlacePrecision.Place).Select(h => gazetteer.Country(h.Country)).OfType<PlaceEntry>().ToArray();
                hit = countries.Length > 0 ? countries : hit;
            }

            if (!NeverPlace(role) && (role != PlaceWordRole.NeedsCue || cued))
            {
                mentions.Add(new PlaceMention(new TextSpan(i, end - i), hit, cued || dateline, dateline, false, false, cue == PlaceWordRole.Origin));
            }

            i = end;
        }

        OwnersOfWhatFollows(text, mentions);
        PersonNames.Drop(text, mentions, gazetteer, lower);
        return mentions;
    }

    /// <summary>
    /// "Georgia's Lowndes County", "Punjab's Sialkot": a place before a possessive holds the place after it, so of its
    /// meanings only those that hold one of the next place's remain (all of them when none does).
    /// </summary>
    private static void OwnersOfWhatFollows(string text, List<PlaceMention> mentions)
    {
        for (int k = 0; k + 1 < mentions.Count; k++)
        {
            var (owner, owned) = (mentions[k], mentions[k + 1]);
            if (owner.Candidates.Length < 2 || owned.Span.Start != owner.End + 3 || !IsPossessive(text, owner.Span.Start, owned.Span.Start - 1))
            {
                continue;
            }

            var holding = owner.Candidates.Where(o => o.Precision != PlacePrecision.Place && owned.Candidates.Any(p => p.IsWithin(o))).ToArray();
            if (holding.Length > 0 && holding.Length < owner.Candidates.Length)
            {
                mentions[k] = owner with { Candidates = holding };
            }
        }
    }

    /// <summary>
    /// The longest name from <paramref name="start"/> that ends at one of <paramref name="ends"/> (a word's end, or the
    /// period after it: "St. Louis", "D.C."), as written, else in another form (without its accents: "Cox's Bazar"; without
    /// " City": "Marawi"), else before a possessive ("Sri Lanka's"); end -1 for none.
    /// </summary>
    private static (PlaceEntry[] Hit, int End, bool OtherForm) Longest(string text, int start, ReadOnlySpan<int> ends, int firstHash, Gazetteer gazetteer)
    {
        // Each run's hash once, for the name as written and for its other forms: the first word's is known already.
        Span<int> hashes = stackalloc int[ends.Length];
        hashes[0] = firstHash;
        for (int k = 1; k < ends.Length; k++)
        {
            hashes[k] = Gazetteer.WordHash(text.AsSpan(start, ends[k] - start));
        }

        (PlaceEntry[] Hit, int End, bool OtherForm)? neverPlace = null;
        for (int k = ends.Length - 1; k >= 0; k--)
        {
            int e = ends[k];
            if (e < text.Length && text[e] == '.' && gazetteer.Lookup(text.AsSpan(start, e + 1 - start)) is { Length: > 0 } dotted)
            {
                return (dotted, e + 1, false);
            }

            if (gazetteer.Lookup(text.AsSpan(start, e - start), hashes[k]) is { Length: > 0 } plain)
            {
                if (k > 0 || ends.Length == 1 || !NeverPlace(gazetteer.Role(text.AsSpan(start, e - start))))
                {
                    return (plain, e, false);
                }

                neverPlace = (plain, e, false); // "Mt" of "Mt. Juliet": a longer name in another form first
            }

            // A longer name in another form, or before a possessive, comes before a shorter one as written: "Lao Cai" (Lào
            // Cai), not the Philippine "Lao"; "Hong Kong's", not the Nigerian "Hong".
            if (gazetteer.LookupOtherForm(text.AsSpan(start, e - start), hashes[k]) is { Length: > 0 } found)
            {
                return (found, e, !AccentedFormOf(text.AsSpan(start, e - start), found[0]));
            }

            if (IsPossessive(text, start, e) && gazetteer.Lookup(text.AsSpan(start, e - 2 - start)) is { Length: > 0 } owner)
            {
                return (owner, e - 2, false);
            }
        }

        return neverPlace ?? ([], -1, false);
    }

    /// <summary>
    /// Whether a name is written with accents that the gazetteer's name of <paramref name="entry"/> lacks ("Malé" for
    /// "Male"): no English word is written so, so it is that name as surely as one written as the gazetteer writes it.
    /// </summary>
    private static bool AccentedFormOf(ReadOnlySpan<char> name, PlaceEntry entry) =>
        PlainLetters.HasAccents(name) && entry.Name.Length == name.Length && PlainLetters.Plain(name).Equals(entry.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The districts of <paramref name="districts"/> in countries that hold none of <paramref name="areas"/> (the areas
    /// of the same name), null for none: "Beni territory" is Congo's district as well as Bolivia's department, but
    /// "Washington state" is no Washington County.
    /// </summary>
    private static PlaceEntry[]? DistrictsElsewhere(PlaceEntry[] areas, PlaceEntry[] districts)
    {
        List<PlaceEntry>? elsewhere = null;
        foreach (var d in districts)
        {
            if (!Array.Exists(areas, a => string.Equals(a.Country, d.Country, StringComparison.Ordinal)))
            {
                (elsewhere ??= []).Add(d);
            }
        }

        return elsewhere?.ToArray();
    }

    /// <summary>A hint at the report's country, no place of a count: a people ("Armenian"), a country that acts or speaks.</summary>
    private static PlaceMention Hint(int start, int end, PlaceEntry[] candidates) =>
        new(new TextSpan(start, end - start), candidates, false, false, true, false);

    /// <summary>Whether the name [start, end) ends in a possessive "'s" ("Ethiopia's", "Sri Lanka's").</summary>
    private static bool IsPossessive(string text, int start, int end) =>
        end - start > 3 && text[end - 1] == 's' && text[end - 2] is '\'' or '\u2019' && char.IsLetter(text[end - 3]);

    /// <summary>
    /// A county's name before "County" or "Parish" (<c>admin2</c> in place-words.tsv) as a qualifier whose candidates are
    /// the areas that have a county of that name, or null.
    /// </summary>
    private static PlaceMention? County(string text, int start, ReadOnlySpan<int> ends, Gazetteer gazetteer)
    {
        for (int k = 0; k + 1 < ends.Length; k++)
        {
            int wordStart = ends[k] + 1;
            if (gazetteer.Role(text.AsSpan(wordStart, ends[k + 1] - wordStart)) == PlaceWordRole.Admin2
                && gazetteer.AreasOfCounty(text.AsSpan(start, ends[k] - start)) is { Length: > 0 } areas)
            {
                return new PlaceMention(new TextSpan(start, ends[k] - start), areas, false, false, false, true, County: true);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the word after a first word no name starts with may make it a second-level area's ("Tanah Datar regency",
    /// "Kalehe territory"): a capitalised word that continues the name, or an area word.
    /// </summary>
    private static bool MayOpenDistrict(string text, int end, Gazetteer gazetteer) =>
        end + 1 < text.Length && text[end] == ' ' && (char.IsUpper(text[end + 1]) || WordAfter(text, end, gazetteer) is PlaceWordRole.Suffix or PlaceWordRole.Site);

    /// <summary>
    /// A second-level area outside the US that the gazetteer lacks as a town, named with its area word after it ("Tanah
    /// Datar regency", "the Kalehe territory", "in Wayanad District"): after a cue, or with the area word in lower case;
    /// never a word of place-words.tsv ("the Metro District": Indonesia has a Metro). Null for none.
    /// </summary>
    private static PlaceMention? District(string text, int start, ReadOnlySpan<int> ends, Gazetteer gazetteer, List<PlaceMention> before)
    {
        if (ends.IsEmpty || gazetteer.Role(text.AsSpan(start, ends[0] - start)) is not null)
        {
            return null;
        }

        for (int k = ends.Length - 1; k >= 0; k--)
        {
            int end = ends[k];
            var after = WordAfter(text, end, gazetteer);
            // "Wayanad landslide: 1,000 in camps", "after the Sindhupalchok floods": a disaster named after its district.
            bool heading = Heading(text, start, end) || AfterTownAndComma(text, start, before) // "San Jose, Occidental Mindoro"
                           || (after == PlaceWordRole.Site && end - start >= MinDistrictAlone && char.IsLower(text[end + 1])
                               && (AtLineStart(text, start) || LowerCaseWordBefore(text, start)));
            after = heading ? null : after;
            bool suffix = after == PlaceWordRole.Suffix;
            if (!heading && !suffix && (end - start < MinDistrictAlone || after is not (null or PlaceWordRole.Act) || !InPlaceBefore(text, start, gazetteer)))
            {
                continue; // "in Wayanad", "across Albay", "officials in Kurigram said": after a cue, a second-level area needs no area word
            }

            var districts = gazetteer.Districts(text.AsSpan(start, end - start));
            if (districts.Length == 0)
            {
                continue;
            }

            var cue = heading ? PlaceWordRole.Cue : Cue(text, start, gazetteer, before, areaOrCountry: true);
            return cue is PlaceWordRole.Cue or PlaceWordRole.Origin || (suffix && char.IsLower(text[end + 1]))
                ? new PlaceMention(new TextSpan(start, end - start), districts, true, false, false, false, cue == PlaceWordRole.Origin)
                : null;
        }

        return null;
    }

    /// <summary>The fewest letters of a second-level area named after a cue without its area word.</summary>
    private const int MinDistrictAlone = 4;

    /// <summary>
    /// Whether a cue that puts what follows in a place stands right before <paramref name="start"/> ("in", "across", "near" …
    /// of place-words.tsv; not "of", "at", "to" or "between", which also stand before people and streets).
    /// </summary>
    internal static bool InPlaceBefore(string text, int start, Gazetteer gazetteer)
    {
        if (start < 3 || text[start - 1] != ' ' || !char.IsAsciiLetterLower(text[start - 2]))
        {
            return false;
        }

        var word = WordBefore(text, start);
        return gazetteer.Role(word) == PlaceWordRole.Cue && word is not ("of" or "at" or "to" or "between");
    }

    /// <summary>Whether a name opens a line, or a line's bullet ("- ", "• ").</summary>
    private static bool AtLineStart(string text, int start)
    {
        int s = start;
        while (s > 0 && start - s < 3 && text[s - 1] is ' ' or '-' or '\u2022' or '*' or '\u2013')
        {
            s--;
        }

        return s == 0 || text[s - 1] == '\n';
    }

    /// <summary>
    /// Whether one of a name's meanings is an area, a country or a town whose people the gazetteer counts: a heading
    /// ("Cyclone:") is no cue for a post office's town only.
    /// </summary>
    private static bool Known(PlaceEntry[] hit)
    {
        foreach (var h in hit)
        {
            if (h.Precision != PlacePrecision.Place || h.Population > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="Known"/>, or a town of unknown size that is also a second-level area's name: its seat ("Gaibandha:",
    /// "- Renk: 900 …"), no post office's town.
    /// </summary>
    private static bool KnownOrDistrict(PlaceEntry[] hit, ReadOnlySpan<char> name, Gazetteer gazetteer) => Known(hit) || IsDistrict(name, gazetteer);

    /// <summary>Whether a second-level area has the name.</summary>
    private static bool IsDistrict(ReadOnlySpan<char> name, Gazetteer gazetteer) => gazetteer.Districts(name) is { Length: > 0 };

    /// <summary>Whether a word opens a line with a colon soon after it: it may head the line (<see cref="Heading"/>).</summary>
    private static bool MayHead(string text, int start) =>
        AtLineStart(text, start) && text.AsSpan(start, Math.Min(MaxHeading, text.Length - start)).IndexOf(':') > 0;

    /// <summary>The most characters from a heading's first word to its colon.</summary>
    private const int MaxHeading = 80;

    /// <summary>
    /// Whether a name heads a line of figures, as situation reports list places: "- Sindhupalchok: 27 houses swept away",
    /// "Cox's Bazar, Camp 8W: 520 shelters destroyed", "Sylhet and Sunamganj: 1.2 million marooned" (a colon after it, or
    /// after a few words after its comma or its "and", and a number after that on the line; not a speaker's name in a
    /// transcript).
    /// </summary>
    private static bool Heading(string text, int start, int end)
    {
        if (end >= text.Length || !(text[end] is ':' or ',' || text.AsSpan(end).StartsWith(" and ", StringComparison.Ordinal)) || !AtLineStart(text, start))
        {
            return false;
        }

        var rest = RestOfLine(text, end);
        int colon = rest.IndexOf(':');
        return colon >= 0 && colon < MaxHeadingTail && rest[colon..].IndexOfAnyInRange('0', '9') >= 0;
    }

    /// <summary>The most characters from a heading's name to its colon ("Cox's Bazar, Camp 8W:").</summary>
    private const int MaxHeadingTail = 40;

    /// <summary>The text from <paramref name="at"/> to the end of its line.</summary>
    private static ReadOnlySpan<char> RestOfLine(string text, int at)
    {
        int line = text.IndexOf('\n', at);
        return text.AsSpan(at, (line < 0 ? text.Length : line) - at);
    }

    /// <summary>How far into a report a dateline written in lower case may open a line (its headline and a line of credits before it).</summary>
    private const int DatelineReach = 400;

    /// <summary>
    /// Whether a dash follows a name at the start of a line, right after it or after a comma and one to three words: "Beledweyne
    /// — Floods", "Limni, Evia — Coast guard vessels", "Hope, B.C. — About".
    /// </summary>
    private static bool DashAfter(string text, int end)
    {
        var rest = RestOfLine(text, end);
        rest = rest[..Math.Min(rest.Length, MaxHeading)];
        int dash = rest.IndexOfAny("\u2014\u2013-");
        if (dash < 1 || rest[dash - 1] != ' ' || dash + 1 >= rest.Length || rest[dash + 1] != ' ')
        {
            return false;
        }

        var between = rest[..(dash - 1)];
        return between.IsEmpty || (between[0] == ',' && between.Count(' ') <= 3 && between.IndexOfAnyInRange('0', '9') < 0);
    }

    /// <summary>
    /// Whether a dateline's mark follows a name in capitals: "POCATELLO, Idaho", "DETROIT (WWJ/AP) –", "SANTA ANA –",
    /// "TRENTON >> City police".
    /// </summary>
    private static bool DatelineMark(string text, int end)
    {
        int e = end;
        while (e < text.Length && text[e] == ' ' && e - end < 2)
        {
            e++;
        }

        return e < text.Length && (text[e] is '(' or '\u2013' or '\u2014' or '-' or '>' || (e == end && text[e] == ','));
    }

    /// <summary>
    /// A one-word town's name the report also writes in lower case as a word ("Police said" beside "police said", "Man
    /// charged" beside "a man"): there it is that word, not a town.
    /// </summary>
    private static bool IsCommonWord(LowerCaseWords lower, ReadOnlySpan<char> name, PlaceEntry[] hit)
    {
        if (name.Length < 2 || !char.IsUpper(name[0]) || IsUpperWord(name) || !AllTowns(hit))
        {
            return false;
        }

        return lower.Contains(name);
    }

    /// <summary>
    /// The town's meanings in the subdivision whose ISO 3166-2 code ends in the capitals after its comma ("Trenton, NJ"
    /// is in US-NJ), or null when no such code follows.
    /// </summary>
    private static List<PlaceEntry>? SubdivisionAfter(string text, int end, PlaceEntry[] hit)
    {
        if (end + 4 > text.Length || text[end] != ',' || text[end + 1] != ' ' || !char.IsAsciiLetterUpper(text[end + 2]) || !char.IsAsciiLetterUpper(text[end + 3])
            || (end + 4 < text.Length && char.IsLetterOrDigit(text[end + 4])))
        {
            return null;
        }

        var code = text.AsSpan(end + 2, 2);
        List<PlaceEntry>? within = null;
        for (int k = 0; k < hit.Length; k++)
        {
            var h = hit[k];
            if (h.Precision == PlacePrecision.Place && h.Admin1 is { Length: >= 3 } a && a[^3] == '-' && a.AsSpan(a.Length - 2).SequenceEqual(code))
            {
                (within ??= []).Add(h);
            }
        }

        return within;
    }

    /// <summary>
    /// The length of the word at <paramref name="start"/>: letters and digits, with a '-', '.' or apostrophe between letters
    /// ("Winston-Salem", "D.C", "O'Fallon", "Cox's").
    /// </summary>
    internal static int WordLength(ReadOnlySpan<char> text, int start)
    {
        int e = start;
        while (e < text.Length && (IsWordChar(text[e]) || (text[e] is '-' or '.' or '\'' or '\u2019' && e + 1 < text.Length && char.IsLetter(text[e + 1]))))
        {
            e++;
        }

        return e - start;
    }

    /// <summary>
    /// The ends of up to <see cref="MaxWords"/> words of a name whose first word ends at <paramref name="firstEnd"/>;
    /// returns how many.
    /// </summary>
    private static int Words(string text, int firstEnd, Span<int> ends)
    {
        int n = 0, e = firstEnd;
        while (true)
        {
            ends[n++] = e;
            if (n == ends.Length)
            {
                break;
            }

            // The next word: after one space (or ". " of an abbreviation, "St. Louis"), capitalised or a short joining word.
            int next = e < text.Length && text[e] == '.' ? e + 1 : e;
            if (next + 1 >= text.Length || text[next] != ' ' || !char.IsLetter(text[next + 1]))
            {
                break;
            }

            next++;
            if (!char.IsUpper(text[next]) && !IsJoiningWord(text, next))
            {
                break;
            }

            e = next + WordLength(text, next);
        }

        return n;
    }

    private static bool IsJoiningWord(string text, int i)
    {
        int e = i;
        while (e < text.Length && char.IsLetter(text[e]))
        {
            e++;
        }

        var word = text.AsSpan(i, e - i);
        if (word is "d" or "l" && e + 1 < text.Length && text[e] is '\'' or '\u2019' && char.IsUpper(text[e + 1]))
        {
            return true; // "Côte d'Ivoire", "Val d'Oise"
        }

        return word is "of" or "the" or "and" or "de" or "del" or "la" or "upon" or "on" or "al" or "el" or "es" or "da" or "do"
            or "los" or "las" or "les" or "aux" or "au" or "du" or "des" or "di" or "sur"; // "Santiago de los Caballeros", "Anse aux Pins"
    }

    /// <summary>The cue before a name that makes it a place (null for none): "in", "near", "across" … (through "northern" …, and "the" before an area or a country), or a list of places.</summary>
    /// <param name="areaOrCountry">The name may be an area's or a country's, whose cue may stand before "the" ("in the West
    /// Bank", "in the northern Philippines"); a town's may not ("in the Jackson shooting" names no town).</param>
    /// <param name="end">The name's end, when it may close a phrase: after a comma and a name the gazetteer does not know, a
    /// name that ends a phrase continues the place ("in Ukhiya, Cox's Bazar, on Sunday"), one before another word may be a
    /// person ("in Pellaria, Sofia Lindahl").</param>
    private static PlaceWordRole? Cue(string text, int start, Gazetteer gazetteer, List<PlaceMention> before, bool areaOrCountry, int depth = 0, int end = -1)
    {
        int e = start;
        for (int hop = 0; hop < 3; hop++)
        {
            while (e > 0 && text[e - 1] == ' ')
            {
                e--;
            }

            if (e > 0 && text[e - 1] == ',' || IsWordBefore(text, e, "and") || IsWordBefore(text, e, "or"))
            {
                // "in Assam, Meghalaya and Tripura": a list continues the place named before it.
                int sep = text[e - 1] == ',' ? e - 1 : e - (IsWordBefore(text, e, "and") ? 3 : 2);
                while (sep > 0 && text[sep - 1] == ' ')
                {
                    sep--;
                }

                if (before.Count > 0 && before[^1].End == sep)
                {
                    return before[^1].Cued && !before[^1].Weak ? before[^1].Origin ? PlaceWordRole.Origin : PlaceWordRole.Cue : null;
                }

                // A name the gazetteer does not know before "and" or "or" ("the provinces of Maguindanao and Cotabato";
                // "in Tanah Datar, Agam and Padang", through the comma only then): the list's cue is the one before that
                // name. Not a comma alone, which also stands before a person's name ("the agency's head in Pellaria,
                // Sofia Lindahl").
                int run = text[e - 1] == ',' && depth == 0 && !EndsPhrase(text, end) ? -1 : NameBefore(text, sep, gazetteer);
                return run >= 0 && depth < 3 ? Cue(text, run, gazetteer, before, areaOrCountry, depth + 1) : null;
            }

            int s = e;
            while (s > 0 && char.IsLetter(text[s - 1]))
            {
                s--;
            }

            if (s == e)
            {
                return null;
            }

            var role = gazetteer.Role(text.AsSpan(s, e - s));
            if (role is PlaceWordRole.Cue && text.AsSpan(s, e - s).Equals("on", StringComparison.OrdinalIgnoreCase) && !OnAsWhere(text, s, end, gazetteer))
            {
                return null; // "relied on Jackson", "pressure on Washington", "shot on Bosworth."
            }

            if (role is PlaceWordRole.Cue && text.AsSpan(s, e - s).Equals("of", StringComparison.Ordinal))
            {
                // "the 5500 block of West Quincy" is a street; "Little Company of Mary", "University of X" a name.
                var owner = WordBefore(text, s);
                if (owner.Length > 0 && before.Count > 0 && before[^1].Origin && gazetteer.Role(owner) == PlaceWordRole.Suffix
                    && text.AsSpan(before[^1].End, s - before[^1].End).Trim().Equals(owner, StringComparison.Ordinal))
                {
                    return PlaceWordRole.Origin; // "fleeing the Timbuktu region of Mali": the area's country is where they fled too
                }

                return owner.Equals("block", StringComparison.OrdinalIgnoreCase) || owner.Equals("blocks", StringComparison.OrdinalIgnoreCase)
                    ? PlaceWordRole.Facility
                    : owner.Length > 0 && !NounBeforeOf(text, s, owner) ? null : role;
            }

            if (role is PlaceWordRole.Cue or PlaceWordRole.Origin)
            {
                // Through a name the gazetteer does not know, not "at" ("at Elm and Lincoln streets": a crossing) nor
                // "between" ("between Brianna and Marion": people).
                bool pair = depth > 0 && (text.AsSpan(s, e - s).Equals("at", StringComparison.OrdinalIgnoreCase) || text.AsSpan(s, e - s).Equals("between", StringComparison.OrdinalIgnoreCase));
                return pair ? null : role == PlaceWordRole.Cue && depth < 3 && OriginIn(text, s, gazetteer, before, depth) ? PlaceWordRole.Origin : role;
            }

            bool the = role is null && areaOrCountry && text.AsSpan(s, e - s).Equals("the", StringComparison.OrdinalIgnoreCase);
            if (role != PlaceWordRole.Direction && !the)
            {
                return null;
            }

            e = s;
        }

        return null;
    }

    /// <summary>
    /// Whether the cue "in" (or "around") at <paramref name="cue"/> follows a place people came from ("from Maungdaw in
    /// Myanmar", "fled Goma in North Kivu") or a verb of flight ("fleeing fighting in North Kivu"): the place after it is
    /// where they came from too.
    /// </summary>
    private static bool OriginIn(string text, int cue, Gazetteer gazetteer, List<PlaceMention> before, int depth)
    {
        if (!text.AsSpan(cue).StartsWith("in ", StringComparison.Ordinal) && !text.AsSpan(cue).StartsWith("around ", StringComparison.Ordinal))
        {
            return false;
        }

        int end = cue;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        if (before.Count > 0 && before[^1].End == end)
        {
            return before[^1].Origin;
        }

        var site = WordBefore(text, end);
        if (before.Count > 0 && before[^1].End == end - site.Length - 1 && gazetteer.Role(site) == PlaceWordRole.Site)
        {
            return before[^1].Origin; // "returnees from Kakuma camp in Kenya"
        }

        int name = NameBefore(text, end, gazetteer);
        if (name >= 0)
        {
            return Cue(text, name, gazetteer, before, areaOrCountry: false, depth + 1) == PlaceWordRole.Origin;
        }

        // "fleeing fighting in North Kivu", "fled the clashes around Léré": a verb of flight a few words before.
        for (int words = 0, at = end; words < 3; words++)
        {
            var word = WordBefore(text, at);
            if (word.IsEmpty || !char.IsLower(word[0]))
            {
                return false;
            }

            if (gazetteer.Role(word) == PlaceWordRole.Origin && !word.Equals("from", StringComparison.Ordinal))
            {
                return true;
            }

            at -= word.Length;
            while (at > 0 && text[at - 1] == ' ')
            {
                at--;
            }
        }

        return false;
    }

    /// <summary>
    /// The start of the capitalised name of one to four words that ends at <paramref name="end"/>, or -1; -1 too when
    /// its last word has a role in place-words.tsv ("Elmwood Road": a street).
    /// </summary>
    private static int NameBefore(string text, int end, Gazetteer gazetteer)
    {
        if (gazetteer.Role(WordBefore(text, end)) is not null)
        {
            return -1;
        }

        int start = -1;
        for (int words = 0; words < 4; words++)
        {
            int s = end;
            while (s > 0 && (char.IsLetter(text[s - 1]) || (text[s - 1] is '-' or '\'' && s - 1 > 0 && char.IsLetter(text[s - 2]))))
            {
                s--;
            }

            if (s == end || !char.IsUpper(text[s]))
            {
                break;
            }

            start = s;
            var previous = WordBefore(text, s);
            if (s < 2 || text[s - 1] != ' ' || previous.IsEmpty || !char.IsUpper(previous[0]))
            {
                break; // the name's first word: the word before it is no capitalised word of the same name
            }

            end = s - 1;
        }

        return start;
    }

    /// <summary>
    /// A short all-capital word ("EU", "UN") whose only meanings are names written otherwise ("Eu"); a country's short name
    /// of three letters is one ("DRC", "CAR"), of two it is not ("US", "UK": far more often "US troops" than a place).
    /// </summary>
    private static bool IsAcronymOfTown(ReadOnlySpan<char> name, PlaceEntry[] hit)
    {
        if (name.Length > 3 || !IsUpperWord(name))
        {
            return false;
        }

        foreach (var e in hit)
        {
            if (IsUpperWord(e.Name) || (e.Precision != PlacePrecision.Place && name.Length == 3))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the word after a name is a verb it does ("announced", "pledge", "says": <c>act</c> in place-words.tsv).</summary>
    private static bool ActsAfter(string text, int end, Gazetteer gazetteer)
    {
        end = AfterAndName(text, end); // "Australia and New Zealand pledged": both act
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsLower(text[end + 1]))
        {
            return false;
        }

        int e = end + 1;
        while (e < text.Length && char.IsLetter(text[e]))
        {
            e++;
        }

        var word = text.AsSpan(end + 1, e - end - 1);
        return (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) || gazetteer.Role(word) == PlaceWordRole.Act;
    }

    /// <summary>
    /// Whether a possessive and a foreign ministry follow a name ("'s foreign ministry", "'s Foreign Ministry"): the country
    /// speaks of another. "Armenia's government said 100,617 people had arrived" speaks of its own, where they are counted.
    /// </summary>
    private static bool AuthorityAfter(string text, int end, Gazetteer gazetteer)
    {
        const string Foreign = "foreign ";
        int at = end + 3; // past "'s "
        if (at + Foreign.Length >= text.Length || !PossessiveAfter(text, end)
            || !text.AsSpan(at, Foreign.Length).Equals(Foreign, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int wordStart = at + Foreign.Length;
        return gazetteer.Role(text.AsSpan(wordStart, WordLength(text, wordStart))) == PlaceWordRole.Seat;
    }

    /// <summary>
    /// Whether an acronym or a verb of saying stands before "in" and a name: "UNHCR in Geneva" (true when a verb follows the
    /// name: <see cref="ActsAfter"/>), "said in Geneva", "Speaking in Nairobi", "told reporters in Geneva" (<paramref name="saying"/>).
    /// </summary>
    private static bool SpeakerBeforeIn(string text, int start, Gazetteer gazetteer, out bool saying)
    {
        var speaker = WordBeforeWord(text, start, "in");
        saying = Saying(speaker, gazetteer) || (gazetteer.Role(speaker) == PlaceWordRole.Audience && SaidTo(text, start, gazetteer));
        return saying || (speaker.Length >= 2 && IsUpperWord(speaker));
    }

    /// <summary>A verb of saying ("said"; "Speaking", "Briefing": a participle may open the sentence, a name may not).</summary>
    private static bool Saying(ReadOnlySpan<char> word, Gazetteer gazetteer) =>
        word.Length > 0 && (char.IsLower(word[0]) || word.EndsWith("ing", StringComparison.Ordinal)) && gazetteer.Role(word) == PlaceWordRole.Act;

    /// <summary>
    /// Whether a verb of saying stands before the audience before "in" and the name at <paramref name="start"/>, right
    /// before it or before "to": "told reporters in Geneva", "Speaking to journalists in Geneva".
    /// </summary>
    private static bool SaidTo(string text, int start, Gazetteer gazetteer)
    {
        int at = StartOfWordBefore(text, StartOfWordBefore(text, start)); // of the audience, before "in"
        var verb = WordBefore(text, at);
        if (verb.Equals("to", StringComparison.Ordinal))
        {
            verb = WordBefore(text, StartOfWordBefore(text, at));
        }

        return Saying(verb, gazetteer);
    }

    /// <summary>Where the word before <paramref name="start"/> (spaces between) starts; <paramref name="start"/> when there is none.</summary>
    private static int StartOfWordBefore(string text, int start)
    {
        int e = start;
        while (e > 0 && text[e - 1] == ' ')
        {
            e--;
        }

        int length = WordBefore(text, start).Length;
        return length == 0 ? start : e - length;
    }

    /// <summary>Whether an agency's word and "of" stand right before a name ("the mayor of Mocoa", "police of Goma").</summary>
    internal static bool AgencyOf(string text, int start, Gazetteer gazetteer) =>
        gazetteer.Role(WordBeforeWord(text, start, "of")) == PlaceWordRole.Agency;

    /// <summary>
    /// Whether "of" after a common noun stands right before a name ("the cercle of Niono said", "Residents of Hpakant
    /// said"): a place's, whose people or officials speak; not "Smith of Jackson", a person's.
    /// </summary>
    internal static bool OfAfterNoun(string text, int start)
    {
        var owner = WordBeforeWord(text, start, "of");
        return owner.Length > 0 && NounBeforeOf(text, StartOfWordBefore(text, start), owner);
    }

    /// <summary>
    /// Whether <paramref name="owner"/>, the word before the "of" at <paramref name="of"/>, is a common noun: in lower case
    /// ("the cercle of"), or a plural capitalised only for opening its sentence ("Residents of", "Parts of"); not a name's
    /// word ("University of Nairobi", "Little Company of Mary").
    /// </summary>
    private static bool NounBeforeOf(string text, int of, ReadOnlySpan<char> owner) =>
        char.IsLower(owner[0]) || PluralOpeningSentence(text, StartOfWordBefore(text, of), owner);

    /// <summary>Whether a site word and "with" stand right before a name ("along the border with Thailand", "the frontier with").</summary>
    private static bool SiteWith(string text, int start, Gazetteer gazetteer) =>
        gazetteer.Role(WordBeforeWord(text, start, "with")) == PlaceWordRole.Site;

    /// <summary>The word before <paramref name="word"/> when <paramref name="word"/> stands right before <paramref name="start"/> ("mayor" of "mayor of"); else an empty span.</summary>
    private static ReadOnlySpan<char> WordBeforeWord(string text, int start, string word)
    {
        var second = SecondWordBefore(text, start, out var first);
        return first.Equals(word, StringComparison.Ordinal) ? second : [];
    }

    /// <summary>The word before the word that stands right before <paramref name="start"/> (<paramref name="first"/>), or an empty span.</summary>
    private static ReadOnlySpan<char> SecondWordBefore(string text, int start, out ReadOnlySpan<char> first)
    {
        first = WordBefore(text, start);
        return first.IsEmpty ? [] : WordBefore(text, StartOfWordBefore(text, start));
    }

    /// <summary>
    /// Whether a possessive, one to three capitalised words and an area word in lower case follow a name ("Georgia's Racha
    /// region", "Chad's Lac province"): the name owns an area, so it is a place, not a person ("Georgia's mother").
    /// </summary>
    private static bool OwnsNamedArea(string text, int end, Gazetteer gazetteer) =>
        PossessiveAfter(text, end) && RoleAfterNames(text, end + 3, gazetteer, PlaceWordRole.Suffix, RoleWordCase.Lower);

    /// <summary>
    /// Whether a possessive and a word for a place's officials, bodies, areas or sites follow a name, in lower case, after
    /// at most two other words ("Beledweyne's mayor", "Kufra's municipal council", "Mae Sot's district chief", "Dadu's
    /// relief camps", "Zaporizhzhia's regional military administration"): the name is a place's, not a person's
    /// ("Jackson's mother"). A country needs no such cue, and its foreign ministry speaks of another's ("New Zealand's
    /// foreign ministry said").
    /// </summary>
    private static bool OwnsItsOwn(string text, int end, Gazetteer gazetteer) =>
        PossessiveAfter(text, end)
        && FirstRoleAhead(text, end + 3, 3, gazetteer) is PlaceWordRole.Agency or PlaceWordRole.Seat or PlaceWordRole.Site or PlaceWordRole.Suffix or PlaceWordRole.Admin2;

    /// <summary>
    /// Whether a verb of hosting follows a name, or follows one lower-case word without a role after it ("Renk now hosts
    /// 22,000 people", "Kakuma camp is hosting"): the name is where the people counted are.
    /// </summary>
    private static bool HostsAfter(string text, int end, Gazetteer gazetteer) =>
        end < text.Length && text[end] == ' ' && FirstRoleAhead(text, end + 1, 2, gazetteer) == PlaceWordRole.Host;

    /// <summary>
    /// The role (as written: <see cref="Gazetteer.RoleAsWritten"/>) of the first word that has one among the next
    /// <paramref name="words"/> words in lower case from <paramref name="at"/>, one space apart ("now hosts": host;
    /// "regional military administration": seat); null for none.
    /// </summary>
    private static PlaceWordRole? FirstRoleAhead(string text, int at, int words, Gazetteer gazetteer)
    {
        for (int k = 0; k < words && at < text.Length && char.IsLower(text[at]); k++)
        {
            int length = WordLength(text, at);
            if (gazetteer.RoleAsWritten(text.AsSpan(at, length)) is { } role)
            {
                return role;
            }

            at += length + 1;
            if (at > text.Length || text[at - 1] != ' ')
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether a possessive and a capitalised word follow a name ("Lusaka's Kanyama", "Tripoli's Ain Zara").</summary>
    private static bool PossessiveBeforeName(string text, int end) => PossessiveAfter(text, end) && char.IsUpper(text[end + 3]);

    /// <summary>Whether "'s" and a space follow a name, and a word after them ("Lusaka's K…").</summary>
    private static bool PossessiveAfter(string text, int end) =>
        end + 3 < text.Length && IsPossessive(text, 0, end + 2) && text[end + 2] == ' ';

    /// <summary>A town of this many people or more is named for itself far more often than for anyone ("Lusaka's").</summary>
    private const int City = 100_000;

    /// <summary>Whether one of a name's meanings is a town of <see cref="City"/> people or more.</summary>
    private static bool AnyCity(PlaceEntry[] hit)
    {
        foreach (var h in hit)
        {
            if (h.Precision == PlacePrecision.Place && h.Population >= City)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The Roman numerals of a monarch's or a pope's name ("King George VI", "John Paul II"), as words after a name.</summary>
    private static readonly string[] RomanNumerals = ["II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI"];

    /// <summary>Whether a Roman numeral follows a name ("King George VI School"): a person's name, not a place.</summary>
    private static bool RomanNumeralAfter(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ' ' || text[end + 1] is not ('I' or 'V' or 'X'))
        {
            return false;
        }

        var word = text.AsSpan(end + 1, WordLength(text, end + 1));
        foreach (string numeral in RomanNumerals)
        {
            if (word.SequenceEqual(numeral))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a web address stands right before a name ("MSNewsNow.com - Jackson, MS", "WMBFNews.com, Myrtle Beach"): a
    /// page's banner names its outlet's home, not where the report's events are.
    /// </summary>
    private static bool AfterWebAddress(string text, int start)
    {
        int e = start;
        while (e > 0 && text[e - 1] is ' ' or '-' or '|' or ',' or '\u2013' && start - e < 4)
        {
            e--;
        }

        var before = text.AsSpan(0, e);
        return e < start && (before.EndsWith(".com", StringComparison.OrdinalIgnoreCase) || before.EndsWith(".net", StringComparison.OrdinalIgnoreCase)
                             || before.EndsWith(".org", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The role of the word right after a name ("Hospital", "police"), if it has one.</summary>
    private static PlaceWordRole? WordAfter(string text, int end, Gazetteer gazetteer)
    {
        if (end + 1 >= text.Length || text[end] != ' ')
        {
            return null;
        }

        int e = end + 1;
        while (e < text.Length && char.IsLetter(text[e]))
        {
            e++;
        }

        return e > end + 1 ? gazetteer.RoleAsWritten(text.AsSpan(end + 1, e - end - 1)) : null;
    }

    /// <summary>
    /// Whether a site word follows the lower-case word after a name ("Kakuma refugee camp", "the Bentiu displacement
    /// site"): a camp named after its town, as a site word right after it would make it. The word between is of five
    /// letters or more, a noun's or an adjective's: not "the" of "Over the frontier", at a paragraph's start.
    /// </summary>
    private static bool SiteAfterWord(string text, int end, Gazetteer gazetteer)
    {
        if (end + 2 >= text.Length || text[end] != ' ' || !char.IsLower(text[end + 1]))
        {
            return false;
        }

        int e = end + 1;
        while (e < text.Length && char.IsLetter(text[e]))
        {
            e++;
        }

        return e - end - 1 >= 5 && gazetteer.RoleAsWritten(text.AsSpan(end + 1, e - end - 1)) is null && WordAfter(text, e, gazetteer) == PlaceWordRole.Site;
    }

    /// <summary>Whether "authority in" stands before a name ("the government in Yerevan").</summary>
    private static bool SeatBefore(string text, int start, Gazetteer gazetteer)
    {
        var authority = SecondWordBefore(text, start, out _); // "government" of "the government in Yerevan"
        return authority.Length > 0 && gazetteer.Role(authority) == PlaceWordRole.Seat;
    }

    /// <summary>
    /// Whether a town's name, or an area's short form, runs on into a longer name the gazetteer does not know ("Prospect
    /// Lefferts Gardens", "Chicago Sun-Times", "the Detroit Free Press"): the next word is capitalised, no place and no word
    /// of place-words.tsv. Not in a headline, whose every word may be capitalised ("Two Shot In Dallas Home").
    /// </summary>
    /// <param name="headline">Where the report's headline ends (<see cref="HeadlineEnd"/>).</param>
    private static bool InLongerName(string text, int end, int headline, Gazetteer gazetteer)
    {
        if (end + 2 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1]) || end < headline)
        {
            return false;
        }

        int e = end + 1;
        while (e < text.Length && (char.IsLetter(text[e]) || text[e] == '-'))
        {
            e++;
        }

        var next = text.AsSpan(end + 1, e - end - 1);
        return !IsUpperWord(next) && gazetteer.Lookup(next).Length == 0;
    }

    /// <summary>
    /// Where the report's headline ends: its first line, when that is short and its words are capitalised ("Two Shot In
    /// Dallas Home"; not "Floods in Kasese displaced 900 people", a report of one line); 0 when it has none.
    /// </summary>
    private static int HeadlineEnd(string text)
    {
        int end = text.AsSpan(0, Math.Min(text.Length, MaxHeadline + 1)).IndexOf('\n');
        end = end < 0 && text.Length <= MaxHeadline ? text.Length : end;
        // Words of four letters or more in lower case: few in a headline, which writes only its small words so.
        int lower = 0, words = 0;
        for (int i = 0; i < end; i++)
        {
            if (char.IsLetter(text[i]) && (i == 0 || text[i - 1] == ' ') && WordLength(text, i) >= 4)
            {
                words++;
                lower += char.IsLower(text[i]) ? 1 : 0;
            }
        }

        return end > 0 && lower * 4 <= words ? end : 0;
    }

    private static bool InFirstLine(string text, int at) => text.AsSpan(0, at).IndexOf('\n') < 0;

    /// <summary>The longest first line read as a headline.</summary>
    private const int MaxHeadline = 300;

    /// <summary>
    /// Whether every meaning of a name is an area written without its area word ("Free" of "Free State"): as often a
    /// common word, and in a longer name the gazetteer does not know ("the Detroit Free Press") it is that word.
    /// </summary>
    private static bool ShortFormOfAreas(ReadOnlySpan<char> name, PlaceEntry[] hit)
    {
        for (int k = 0; k < hit.Length; k++)
        {
            if (!IsShortFormOf(name, hit[k]))
            {
                return false;
            }
        }

        return hit.Length > 0;
    }

    /// <summary>Whether <paramref name="entry"/> is an area whose name is <paramref name="name"/> and an area word ("Free State").</summary>
    private static bool IsShortFormOf(ReadOnlySpan<char> name, PlaceEntry entry) =>
        entry.Precision == PlacePrecision.Admin1 && entry.Name.Length > name.Length && entry.Name[name.Length] == ' '
        && entry.Name.AsSpan().StartsWith(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a name is an area written without its area word ("Rivers" of "Rivers State") and no area or country of its
    /// full name, whatever towns it also names ("Northern Rivers": not Rivers State, not Rivers, Manitoba).
    /// </summary>
    private static bool AShortFormOfAnArea(ReadOnlySpan<char> name, PlaceEntry[] hit)
    {
        bool shortForm = false;
        foreach (var h in hit)
        {
            if (h.Precision == PlacePrecision.Place)
            {
                continue;
            }

            if (!IsShortFormOf(name, h))
            {
                return false;
            }

            shortForm = true;
        }

        return shortForm;
    }

    /// <summary>
    /// "near Oak and Warren avenues", "at North Elm and Jackson streets": the first of two streets whose word comes
    /// after the second (a facility word of place-words.tsv, plural or in lower case, after " and " and one to three
    /// capitalised words: "near Ash and Clinton Streets"; not "Texas and Louisiana Hospital").
    /// </summary>
    private static bool StreetPair(string text, int end, Gazetteer gazetteer) =>
        RoleAfterAndName(text, end, gazetteer, PlaceWordRole.Facility, pluralInLowerCase: false);

    /// <summary>
    /// Whether " and ", one to three capitalised words and a word of <paramref name="role"/> follow a name, that word plural
    /// or in lower case (both, when <paramref name="pluralInLowerCase"/>): "Oak and Warren avenues", "Lalitpur and
    /// Kavrepalanchok districts".
    /// </summary>
    private static bool RoleAfterAndName(string text, int end, Gazetteer gazetteer, PlaceWordRole role, bool pluralInLowerCase) =>
        text.AsSpan(end).StartsWith(" and ", StringComparison.Ordinal)
        && RoleAfterNames(text, end + 5, gazetteer, role, pluralInLowerCase ? RoleWordCase.LowerAndPlural : RoleWordCase.LowerOrPlural);

    /// <summary>How the word of a role after capitalised words must be written (<see cref="RoleAfterNames"/>).</summary>
    private enum RoleWordCase
    {
        Lower,
        LowerOrPlural,
        LowerAndPlural,
    }

    /// <summary>Whether, from <paramref name="at"/>, one to three capitalised words and a word of <paramref name="role"/> written as <paramref name="written"/> stand.</summary>
    private static bool RoleAfterNames(string text, int at, Gazetteer gazetteer, PlaceWordRole role, RoleWordCase written)
    {
        for (int words = 0; words < 4 && at < text.Length; words++)
        {
            int length = WordLength(text, at);
            if (length == 0)
            {
                return false;
            }

            bool lower = char.IsLower(text[at]), plural = text[at + length - 1] == 's';
            bool asWritten = written switch
            {
                RoleWordCase.Lower => lower,
                RoleWordCase.LowerAndPlural => lower && plural,
                _ => lower || plural,
            };
            if (words > 0 && asWritten && gazetteer.Role(text.AsSpan(at, length)) == role)
            {
                return true;
            }

            if (!char.IsUpper(text[at]) || at + length >= text.Length || text[at + length] != ' ')
            {
                return false;
            }

            at += length + 1;
        }

        return false;
    }

    /// <summary>"at Singleton and Hampton": a crossing of two streets, named by their names alone.</summary>
    private static bool Intersection(string text, int start, int end) =>
        WordBefore(text, start).Equals("at", StringComparison.OrdinalIgnoreCase)
        && text.AsSpan(end).StartsWith(" and ", StringComparison.Ordinal) && end + 5 < text.Length && char.IsUpper(text[end + 5]);

    /// <summary>
    /// Whether the "on" at <paramref name="on"/> says where the name after it, ending at <paramref name="end"/> (-1: not
    /// known), lies: after an attack ("airstrikes on Ariha."); opening a sentence ("On Tanna, …"); before a lower-case
    /// word ("homes on Fongafale were flooded", "Authorities on Ambrym moved"): islands are named so. Not after a verb
    /// ("relied on Jackson", "commenting on Gaza") or a word for what bears on someone ("pressure on Washington"), and not
    /// before a capitalised word or a stop ("shot on Bosworth.", "on Hatton Hill Lane"): local news names streets after
    /// towns.
    /// </summary>
    private static bool OnAsWhere(string text, int on, int end, Gazetteer gazetteer)
    {
        var before = WordBefore(text, on);
        return gazetteer.Role(before) switch
        {
            PlaceWordRole.Target => true,
            PlaceWordRole.Bearing => false,
            _ => !before.EndsWith("ed", StringComparison.Ordinal) && !before.EndsWith("ing", StringComparison.Ordinal)
                 && (end < 0 || char.IsUpper(text[on]) || LowerCaseWordAfter(text, end)),
        };
    }

    /// <summary>The word of letters that ends before <paramref name="start"/> (after spaces), or an empty span.</summary>
    internal static ReadOnlySpan<char> WordBefore(string text, int start)
    {
        int e = start;
        while (e > 0 && text[e - 1] == ' ')
        {
            e--;
        }

        int s = e;
        while (s > 0 && char.IsLetter(text[s - 1]))
        {
            s--;
        }

        return text.AsSpan(s, e - s);
    }

    /// <summary>
    /// Whether <paramref name="word"/>, at <paramref name="start"/>, is a plural that opens its sentence ("Residents of
    /// Mindat said", "Parts of Kasese were flooded"): capitalised for the sentence, not as a name's ("University of Nairobi").
    /// </summary>
    private static bool PluralOpeningSentence(string text, int start, ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word[^1] != 's' || !char.IsLower(word[1]))
        {
            return false;
        }

        int p = start;
        while (p > 0 && text[p - 1] == ' ')
        {
            p--;
        }

        return p == 0 || text[p - 1] is '.' or '!' or '?' or '\n' or ':' or '"' or '\u201C' or '\u2014' or '-';
    }

    /// <summary>
    /// Whether a people's adjective names a language: written with "-language" ("the APS French-language wire"), or alone
    /// after a cue or an origin and before a stop ("translated from French.", "a statement in Spanish,"), where a people
    /// would be named in the plural ("the French said").
    /// </summary>
    private static bool Language(string text, int start, int end, Gazetteer gazetteer) =>
        text.AsSpan(end).StartsWith("-language", StringComparison.OrdinalIgnoreCase)
        || ((end == text.Length || text[end] is '.' or ',' or ')' or ';' or ':')
            && gazetteer.Role(WordBefore(text, start)) is PlaceWordRole.Cue or PlaceWordRole.Origin);

    /// <summary>Whether a lower-case word stands right after <paramref name="end"/> ("Fongafale were").</summary>
    private static bool LowerCaseWordAfter(string text, int end) =>
        end + 2 < text.Length && text[end] == ' ' && char.IsLower(text[end + 1]);

    /// <summary>Whether a lower-case word stands right before <paramref name="start"/> ("the Bududa", not a sentence's first word).</summary>
    private static bool LowerCaseWordBefore(string text, int start) =>
        start > 1 && text[start - 1] == ' ' && char.IsLower(text[start - 2]);

    private static bool IsWordBefore(string text, int end, string word) =>
        end >= word.Length && text.AsSpan(end - word.Length, word.Length).Equals(word, StringComparison.Ordinal)
                           && (end == word.Length || !char.IsLetter(text[end - word.Length - 1]));

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || (c >= 128 && char.IsLetterOrDigit(c)); // ASCII without a table

    /// <summary>The place whose possessive stands right before a name ("Sagaing Region's Kani"), or null.</summary>
    private static PlaceMention? Owner(string text, int start, List<PlaceMention> before)
    {
        if (before.Count == 0 || before[^1].End + 3 != start || !IsPossessive(text, before[^1].Span.Start, start - 1))
        {
            return null;
        }

        return before[^1];
    }

    /// <summary>Whether a town and a comma stand right before a name ("Santa Rosa, Laguna"): the name may be the town's area.</summary>
    private static bool AfterTownAndComma(string text, int start, List<PlaceMention> before) =>
        NameBeforeComma(text, start, before) is { } town && Array.Exists(town.Candidates, c => c.Precision == PlacePrecision.Place);

    /// <summary>The first-level area named right before a name and a comma ("Sagaing Region, Kani township"), or null.</summary>
    private static PlaceMention? AreaBeforeComma(string text, int start, List<PlaceMention> before) =>
        NameBeforeComma(text, start, before) is { } area && AllAreas(area.Candidates) ? area : null;

    /// <summary>The place named right before ", " and <paramref name="start"/>, or null.</summary>
    private static PlaceMention? NameBeforeComma(string text, int start, List<PlaceMention> before) =>
        before.Count > 0 && before[^1].End + 2 == start && text[start - 2] == ',' && text[start - 1] == ' ' ? before[^1] : null;

    /// <summary>
    /// The areas a direction and an area word mean without that word ("Eastern Province": Zambia's area the gazetteer names
    /// "Eastern"), beyond those of <paramref name="hit"/>; null for none. Only such generic names: "Kurdistan Region" is
    /// Iraq's, not Iran's Kurdistan.
    /// </summary>
    private static List<PlaceEntry>? AreasWithoutTheirAreaWord(string text, int start, int end, PlaceEntry[] hit, Gazetteer gazetteer)
    {
        int space = text.AsSpan(start, end - start).IndexOf(' ');
        if (space <= 0 || start + space + 1 >= end || gazetteer.Role(text.AsSpan(start, space)) != PlaceWordRole.Direction
            || gazetteer.Role(text.AsSpan(start + space + 1, end - start - space - 1)) != PlaceWordRole.Suffix)
        {
            return null;
        }

        List<PlaceEntry>? more = null;
        foreach (var area in gazetteer.AreasNamed(text.AsSpan(start, space)))
        {
            if (Array.IndexOf(hit, area) < 0)
            {
                (more ??= []).Add(area);
            }
        }

        return more;
    }

    /// <summary>
    /// The meanings of the area or country named after an area word and "of" or "in" ("zone of Tigray", "district of Sindh",
    /// "township in Sagaing region"),
    /// when one is an area or a country; else null.
    /// </summary>
    private static PlaceEntry[]? AreaOfAfter(string text, int end, Gazetteer gazetteer)
    {
        int at = end + 1 + WordLength(text, end + 1);
        if (!(text.AsSpan(at).StartsWith(" of ", StringComparison.Ordinal) || text.AsSpan(at).StartsWith(" in ", StringComparison.Ordinal))
            || at + 4 >= text.Length || !char.IsUpper(text[at + 4]))
        {
            return null;
        }

        at += 4;
        PlaceEntry[]? found = null;
        for (int e = at + WordLength(text, at), words = 0; words < 3; words++)
        {
            if (gazetteer.Lookup(text.AsSpan(at, e - at)) is { Length: > 0 } named && !AllTowns(named))
            {
                found = named;
            }

            if (e + 1 >= text.Length || text[e] != ' ' || !char.IsUpper(text[e + 1]))
            {
                break;
            }

            e += 1 + WordLength(text, e + 1);
        }

        return found;
    }

    /// <summary>
    /// Whether a meaning of a name lies in one of the areas or countries of <paramref name="wholes"/>, or in the country of
    /// one of its towns ("Tripoli's Ain Zara").
    /// </summary>
    private static bool AnyWithin(PlaceEntry[] hit, PlaceEntry[] wholes)
    {
        foreach (var whole in wholes)
        {
            foreach (var h in hit)
            {
                if (whole.Precision == PlacePrecision.Place ? string.Equals(h.Country, whole.Country, StringComparison.Ordinal) : h.IsWithin(whole))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether "Lake", "Mount" … (<c>landform</c> in place-words.tsv) stands right before a name ("Lake Tanganyika").</summary>
    private static bool LandformBefore(string text, int start, Gazetteer gazetteer)
    {
        var word = WordBefore(text, start);
        return word.Length > 0 && text[start - 1] == ' ' && char.IsUpper(word[0]) && gazetteer.Role(word) == PlaceWordRole.Landform;
    }

    /// <summary>
    /// Whether a capitalised direction stands right before a name inside a sentence: "the Northern Rivers" of New South
    /// Wales is no part of Rivers State ("northern Syria" is written in lower case).
    /// </summary>
    private static bool DirectionInNameBefore(string text, int start, Gazetteer gazetteer)
    {
        var word = WordBefore(text, start);
        return word.Length > 0 && char.IsUpper(word[0]) && text[start - 1] == ' ' && gazetteer.Role(word) == PlaceWordRole.Direction;
    }

    /// <summary>
    /// Whether a capitalised word stands right before <paramref name="start"/>, past one space, and does not open a sentence
    /// ("Datu Saudi", not "The Sudanese").
    /// </summary>
    private static bool CapitalisedBefore(string text, int start)
    {
        var word = WordBefore(text, start);
        int at = start - 1 - word.Length; // where that word starts
        return word.Length > 0 && text[start - 1] == ' ' && char.IsUpper(word[0])
               && at >= 2 && text[at - 1] == ' ' && char.IsLetter(text[at - 2]); // a word, not a sentence's end, before it
    }

    /// <summary>Whether "on" or "over" stands before a name ("rains on Anjouan destroyed"): it is not what acts.</summary>
    private static bool OnBefore(string text, int start)
    {
        var word = WordBefore(text, start);
        return word.Equals("on", StringComparison.OrdinalIgnoreCase) || word.Equals("over", StringComparison.OrdinalIgnoreCase)
               || word.Equals("upon", StringComparison.OrdinalIgnoreCase);
    }

    private const string CityWord = " City";

    /// <summary>Whether the word "City" follows a name, and ends there.</summary>
    private static bool CityAfter(string text, int end) =>
        text.AsSpan(end).StartsWith(CityWord, StringComparison.OrdinalIgnoreCase) && (end + CityWord.Length == text.Length || !char.IsLetter(text[end + CityWord.Length]));

    /// <summary>Whether a word of place-words.tsv is never a place of its own ("Police", "Street", "March", "Lake").</summary>
    private static bool NeverPlace(PlaceWordRole? role) =>
        role is PlaceWordRole.NotPlace or PlaceWordRole.Agency or PlaceWordRole.Facility or PlaceWordRole.Landform or PlaceWordRole.Site;

    /// <summary>Whether a number follows the name ("Camp 9", "Sector 4"): a label, not a town.</summary>
    private static bool NumberAfter(string text, int end) =>
        end + 1 < text.Length && text[end] == ' ' && char.IsAsciiDigit(text[end + 1]);

    private static bool AnyCountry(PlaceEntry[] hit)
    {
        for (int k = 0; k < hit.Length; k++)
        {
            if (hit[k].Precision == PlacePrecision.Country)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where " and " and a name of one to three capitalised words after <paramref name="end"/> end ("Australia| and New
    /// Zealand| pledged"); <paramref name="end"/> when none follow.
    /// </summary>
    private static int AfterAndName(string text, int end)
    {
        const string And = " and ";
        if (!text.AsSpan(end).StartsWith(And, StringComparison.Ordinal))
        {
            return end;
        }

        int e = end + And.Length, last = end;
        for (int words = 0; words < 3 && e < text.Length && char.IsUpper(text[e]); words++)
        {
            e += WordLength(text, e);
            last = e;
            if (e + 1 >= text.Length || text[e] != ' ' || !char.IsUpper(text[e + 1]))
            {
                break;
            }

            e++;
        }

        return last;
    }

    /// <summary>Whether a comma, a period, a semicolon or the text's end follows a name that ends at <paramref name="end"/> (-1: not known).</summary>
    private static bool EndsPhrase(string text, int end) => end >= 0 && (end == text.Length || text[end] is ',' or '.' or ';');

    /// <summary>Whether an area or a second-level area has the name (not only towns: "Sava" is Madagascar's region, which the gazetteer lacks).</summary>
    private static bool AreaOfName(ReadOnlySpan<char> name, Gazetteer gazetteer) =>
        gazetteer.AreasNamed(name) is { Length: > 0 } || IsDistrict(name, gazetteer);

    /// <summary>Whether no meaning of a name lies in <paramref name="country"/>.</summary>
    private static bool NoneIn(PlaceEntry[] hit, string country)
    {
        foreach (var h in hit)
        {
            if (string.Equals(h.Country, country, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether one of a name's meanings is a first-level area or a country (not only towns and districts).</summary>
    private static bool AnyArea(PlaceEntry[] hit)
    {
        foreach (var h in hit)
        {
            if (h.Precision is PlacePrecision.Admin1 or PlacePrecision.Country)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every meaning of a name is a first-level area (and it has one).</summary>
    private static bool AllAreas(PlaceEntry[] hit)
    {
        for (int k = 0; k < hit.Length; k++)
        {
            if (hit[k].Precision != PlacePrecision.Admin1)
            {
                return false;
            }
        }

        return hit.Length > 0;
    }

    /// <summary>Whether the last name found ends one space before <paramref name="start"/> ("Horta" of "Horta Sud").</summary>
    private static bool RightAfterName(string text, int start, List<PlaceMention> before) =>
        before.Count > 0 && before[^1].End == start - 1 && text[start - 1] == ' ';

    /// <summary>Whether every meaning of a name is a town (a loop over the list, not LINQ: asked of most names found).</summary>
    private static bool AllTowns(PlaceEntry[] hit)
    {
        for (int k = 0; k < hit.Length; k++)
        {
            if (hit[k].Precision != PlacePrecision.Place)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUpperWord(ReadOnlySpan<char> name)
    {
        foreach (char c in name)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
