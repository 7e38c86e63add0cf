using Sitrep.Testing;

namespace Sitrep.Cli.Tests;

/// <summary>
/// Three short reports of one fictional event (a landslide in the invented town of Merrow, in the
/// invented country of Dalvia), written for these tests, with a manifest.
/// </summary>
public static class LandslideReports
{
    public static readonly string[] Ids = ["dbc-merrow-1", "valley-merrow-2", "wire-merrow-3"];

    private const string First = """
        Landslide buries homes in Merrow, at least 14 dead

        MERROW, Dalvia — A landslide swept through the hillside town of Merrow in northern Dalvia early on Monday, burying
        dozens of homes after a week of heavy rain. At least 14 people were killed, the Dalvian Interior Ministry said on
        Monday afternoon. Rescue teams were searching for about 30 people who were still missing, the ministry added.
        Around 600 residents were evacuated to schools in the nearby town of Harl.
        """;

    private const string Second = """
        Merrow landslide: death toll rises to 22

        The number of people killed in the Merrow landslide has risen to 22, the Dalvian Interior Ministry said on Tuesday,
        as rescuers dug through mud with their hands. Nineteen people remain missing. Provincial civil defence officials said
        more than 1,100 people had been evacuated from Merrow and two neighbouring villages since Monday, and that 41 people
        were being treated in hospital in Harl.
        """;

    private const string Third = """
        Dalvia: Merrow landslide toll revised down to 19

        The Dalvian Interior Ministry on Wednesday revised the death toll from Monday's landslide in Merrow down to 19,
        saying three victims had been counted twice. Twelve people are still missing. The European Union pledged 2 million
        euros in emergency aid for the families who lost their homes in Merrow.
        """;

    /// <summary>Writes the three reports and <c>manifest.jsonl</c> into <paramref name="folder"/>; returns the manifest path.</summary>
    public static string WriteTo(TempFolder folder)
    {
        folder.File("articles/dbc-merrow-1.txt", First);
        folder.File("articles/valley-merrow-2.txt", Second);
        folder.File("articles/wire-merrow-3.txt", Third);
        return folder.File("manifest.jsonl", string.Join('\n',
            """{"id": "dbc-merrow-1", "file": "articles/dbc-merrow-1.txt", "outlet": "Dalvian Broadcasting", "published": "2025-03-10T16:00:00", "url": "https://dbc.example.org/merrow-1", "title": "Landslide buries homes in Merrow, at least 14 dead"}""",
            """{"id": "valley-merrow-2", "file": "articles/valley-merrow-2.txt", "outlet": "Valley Times", "published": "2025-03-11T09:15:00", "url": "https://valley.example.org/merrow-2", "title": "Merrow landslide: death toll rises to 22"}""",
            """{"id": "wire-merrow-3", "file": "articles/wire-merrow-3.txt", "outlet": "Northern Wire", "published": "2025-03-12T12:40:00", "url": "https://wire.example.org/merrow-3", "title": "Dalvia: Merrow landslide toll revised down to 19"}""") + "\n");
    }
}
