namespace Sitrep.Core.Tests.Provenance;

/// <summary>
/// A made-up flood (written for these tests): a wire report, a verbatim republication, a lightly edited
/// copy, a synonym-spun rewording, an independent report on the same flood that shares its figures,
/// and a later brief from the same wire.
/// </summary>
internal static class CopyFixtures
{
    public const string Wire = """
        Floods kill at least 42 in northern Ghana, thousands displaced

        TAMALE, Ghana, Aug 14 (Reuters) - Flash floods triggered by three days of torrential rain have killed at least 42 people in northern Ghana and forced about 12,500 from their homes, the National Disaster Management Organisation (NADMO) said on Wednesday.

        The White Volta burst its banks near the town of Daboya late on Monday, submerging farms and cutting the main road to Tamale, NADMO spokesman Kwame Asante told Reuters.

        Rescue teams recovered 17 bodies in Daboya alone, and at least 110 people were treated for injuries at Tamale Teaching Hospital, Asante said.

        "Whole villages are under water and people are sleeping in schools and churches," he said, adding that the toll was likely to rise as teams reached cut-off communities.

        President Kofi Adjei declared the Savannah and Northern regions disaster zones and ordered the release of 5 million cedis ($330,000) in emergency funds.

        The World Food Programme said it was sending 300 tonnes of food to the area, enough to feed 20,000 people for a month.

        Ghana's north has been hit by increasingly severe floods in recent years. In 2020, floods in the same area killed 28 people.

        (Reporting by Ama Owusu; Editing by Peter Grant)
        """;

    public const string Verbatim = """
        WORLD | Daily Hub

        Floods kill at least 42 in northern Ghana, thousands displaced

        TAMALE, Ghana, Aug 14 (Reuters) - Flash floods triggered by three days of torrential rain have killed at least 42 people in northern Ghana and forced about 12,500 from their homes, the National Disaster Management Organisation (NADMO) said on Wednesday.

        The White Volta burst its banks near the town of Daboya late on Monday, submerging farms and cutting the main road to Tamale, NADMO spokesman Kwame Asante told Reuters.

        Rescue teams recovered 17 bodies in Daboya alone, and at least 110 people were treated for injuries at Tamale Teaching Hospital, Asante said.

        "Whole villages are under water and people are sleeping in schools and churches," he said, adding that the toll was likely to rise as teams reached cut-off communities.

        President Kofi Adjei declared the Savannah and Northern regions disaster zones and ordered the release of 5 million cedis ($330,000) in emergency funds.

        The World Food Programme said it was sending 300 tonnes of food to the area, enough to feed 20,000 people for a month.

        Ghana's north has been hit by increasingly severe floods in recent years. In 2020, floods in the same area killed 28 people.

        (Reporting by Ama Owusu; Editing by Peter Grant)
        """;

    public const string Edited = """
        Ghana floods: 42 dead as White Volta bursts its banks

        Flash floods triggered by three days of torrential rain have killed at least 42 people in northern Ghana and forced about 12,500 from their homes, the disaster agency NADMO said on Wednesday.

        The White Volta burst its banks near the town of Daboya late on Monday, submerging farms and cutting the main road to Tamale, NADMO spokesman Kwame Asante said.

        Rescue teams recovered 17 bodies in Daboya alone, and at least 110 people were treated for injuries at Tamale Teaching Hospital, Asante said.

        "Whole villages are under water and people are sleeping in schools and churches," he said, adding that the toll was likely to rise.

        President Kofi Adjei declared the Savannah and Northern regions disaster zones and ordered the release of 5 million cedis ($330,000) in emergency funds.

        The World Food Programme said it was sending 300 tonnes of food to the area.
        """;

    public const string Spun = """
        Floods claim at least 42 lives in northern Ghana, thousands uprooted

        TAMALE, Ghana - Sudden floods caused by three days of heavy downpours have claimed the lives of at least 42 individuals in northern Ghana and compelled roughly 12,500 to abandon their houses, the National Disaster Management Organisation (NADMO) stated on Wednesday.

        The White Volta overflowed its banks close to the settlement of Daboya late on Monday, swamping fields and severing the principal highway to Tamale, NADMO representative Kwame Asante informed journalists.

        Rescue crews retrieved 17 corpses in Daboya by itself, and no fewer than 110 individuals got care for wounds at Tamale Teaching Hospital, Asante stated.

        "Entire villages are submerged and folks are resting in schools and churches," he remarked, noting that the death count would probably climb as crews got to isolated communities.

        President Kofi Adjei proclaimed the Savannah and Northern regions catastrophe zones and directed the release of 5 million cedis ($330,000) in urgent funding.

        The World Food Programme stated it was dispatching 300 tonnes of food to the region, sufficient to nourish 20,000 individuals for a month.

        Ghana's north has been struck by progressively harsh floods in recent times. In 2020, floods in the same region took 28 lives.
        """;

    public const string Independent = """
        Daboya counts its losses as Ghana flood toll reaches 42

        DABOYA - Fatima Iddrisu lost her house, her maize and two goats when the White Volta rose on Monday night. "We heard the water before we saw it," the 54-year-old trader said from the roof of the town's mosque.

        Her family is among roughly 12,500 people the disaster agency says have been displaced across the Savannah and Northern regions. Officials in Tamale put the death toll at 42 on Wednesday, up from 19 a day earlier.

        Assemblyman Issah Mumuni said at least six communities around Daboya were still cut off and could only be reached by canoe. He asked the government for more boats and for tents.

        At the district clinic, nurses said they had run out of beds and were treating patients on mats in the corridor. Most had cuts and fractures from collapsing mud walls.

        Regional minister Alhassan Sule promised that the road to Tamale would be rebuilt before the harvest, but residents said they had heard such promises after the floods of 2020.
        """;

    public const string WireBrief = """
        Ghana flood death toll rises to 42, agency says

        ACCRA, Aug 14 (Reuters) - The death toll from floods in northern Ghana has risen to 42, the national disaster agency said on Wednesday, as aid groups warned of disease in crowded shelters. The agency said 12,500 people had been displaced.
        """;
}
