namespace Sitrep.Fuzz;

/// <summary>
/// One reader under fuzzing: bytes in, and any exception out of it is a finding (a reader reports bad input
/// as a failed outcome, never by throwing). Its seeds come from the real corpora in <c>../shared/corpus</c>.
/// </summary>
public interface IFuzzTarget
{
    /// <summary>The name used on the command line and for the regression folder (<c>text</c>, <c>html</c> …).</summary>
    string Name { get; }

    /// <summary>Fragments the mutator splices into inputs: the syntax this reader's format is made of.</summary>
    IReadOnlyList<string> Tokens { get; }

    /// <summary>Seed inputs built from the corpus folder (<c>../shared/corpus</c>).</summary>
    IEnumerable<byte[]> Seeds(string corpus);

    /// <summary>Reads the input, and extracts figures from every report it yields.</summary>
    void Run(byte[] input);
}
