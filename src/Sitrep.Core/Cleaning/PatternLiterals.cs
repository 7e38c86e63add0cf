using System.Buffers;

namespace Sitrep.Core.Cleaning;

/// <summary>
/// The literals one of which a boilerplate pattern anchored nowhere must find in a block to match it
/// (<see cref="PatternOpenings.Literals"/> of its <see cref="PatternOpenings.Anywhere"/> ways), searched for together, case ignored and vectorised: most blocks have none,
/// and the pattern's linear-time automaton, which costs milliseconds to build, is then never built. A block that has one
/// is read through the pattern's ways at each position (<see cref="PatternOpenings.Anywhere"/>), which decide it when
/// they were read to the pattern's end.
/// </summary>
internal sealed class PatternLiterals
{
    /// <summary>
    /// The characters beyond ASCII that a case-blind pattern takes for an ASCII letter and a case-blind search does not
    /// (the Kelvin sign for K, the long s, the dotted and dotless i, the Angstrom sign): a block with one of them is let
    /// through to the pattern itself.
    /// </summary>
    internal static readonly SearchValues<char> OtherCases = SearchValues.Create("\u212A\u017F\u0130\u0131\u212B");

    private readonly SearchValues<string> _literals;

    /// <summary>The pattern's ways, tried where a literal is found.</summary>
    private readonly PatternOpenings _ways;

    private PatternLiterals(PatternOpenings ways)
    {
        _literals = SearchValues.Create(ways.Literals, StringComparison.OrdinalIgnoreCase);
        _ways = ways;
    }

    /// <summary>The literals and ways of <paramref name="pattern"/>, or null when it has no literals to search for.</summary>
    public static PatternLiterals? Of(string pattern) => PatternOpenings.Anywhere(pattern) is { } ways ? new PatternLiterals(ways) : null;

    /// <summary>What the pattern's literals and ways say of a block: No when it has none of the literals, else what its ways say.</summary>
    public PatternAnswer Answer(ReadOnlySpan<char> block) =>
        block.ContainsAny(_literals) || block.ContainsAny(OtherCases) ? _ways.Answer(block) : PatternAnswer.No;
}
