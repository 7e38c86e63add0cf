namespace Sitrep.Core.Lexicons;

/// <summary>
/// Where lexicon files come from: the built-in ones embedded in Sitrep, then optionally a user's
/// file of the same name, whose lines are added after the built-in ones (so they extend, and where a
/// file maps keys to values, override). Core does no I/O: the caller supplies the user's files.
/// </summary>
public sealed class LexiconSource
{
    private readonly Func<string, string?> _userFile;

    /// <param name="userFile">Returns the content of the user's file of that name, or null. Null for built-ins only.</param>
    public LexiconSource(Func<string, string?>? userFile = null)
    {
        _userFile = userFile ?? (_ => null);
    }

    /// <summary>The file names Sitrep reads, for "sitrep lexicons" to list and export.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
    [
        "measures.tsv", "nouns.tsv", "hedges.tsv", "reporting.tsv", "sources.tsv", "source-nouns.txt",
        "countries.tsv", "events.tsv", "aid.txt", "abbreviations.txt", "sentence-starters.txt",
        "caption-verbs.txt", "boilerplate.tsv", "currencies.tsv", "units.tsv", "loss-words.txt", "ledger.tsv", "story-stop-words.txt", "story-event-words.tsv", "story-demonyms.tsv", "revisions.tsv",
        "numbers.tsv", "number-context.tsv", "grammar-words.tsv", "person-nouns.txt", "places.tsv", "place-words.tsv",
    ];

    public string Read(string fileName)
    {
        string builtIn = BuiltIn(fileName);
        string? user = _userFile(fileName);
        return user is null ? builtIn : builtIn + "\n" + user;
    }

    /// <summary>The user's file of that name, or null when there is none.</summary>
    public string? ReadUser(string fileName) => _userFile(fileName);

    /// <summary>The built-in content of a lexicon file.</summary>
    public static string BuiltIn(string fileName)
    {
        using var stream = typeof(LexiconSource).Assembly.GetManifestResourceStream("Sitrep.Lexicons." + fileName)
            ?? throw new InvalidOperationException($"Built-in lexicon {fileName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
