using System.Collections;
using System.Text.RegularExpressions;

namespace Sitrep.Core.Cleaning;

/// <summary>
/// The patterns of <c>boilerplate.tsv</c> in their order, each with the role of a block it matches. A pattern runs in
/// linear time whatever the input (the non-backtracking engine); one that engine cannot run gets the backtracking one with
/// a time limit. Most blocks match none, and building a linear-time automaton costs milliseconds: a pattern anchored at
/// the block's start (<c>^(share|follow us)\b</c>) is first asked through the ways a block must open for it to match
/// (<see cref="PatternOpenings"/>, read from its text), which answer for it when they were read to its end, and it is
/// built only when they cannot say. Those whose openings cannot be read are joined into one, which answers for all of
/// them at once. A pattern anchored nowhere ("all rights reserved" at a block's end) is first asked through the literals
/// one of which it must find (<see cref="PatternLiterals"/>, searched for together and vectorised), then through its
/// ways where one is found; those without are joined likewise. Each pattern is built for itself only when a block may
/// match it and its ways cannot say.
/// </summary>
public sealed class BoilerplatePatterns : IReadOnlyList<(Regex Pattern, BlockRole Role)>
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private readonly (string Text, BlockRole Role, bool Opening, PatternOpenings? Openings, PatternLiterals? Literals)[] _rules;
    private readonly Lazy<Regex>[] _patterns;

    /// <summary>
    /// The patterns anchored at the start whose openings cannot be read, joined; null when there are fewer than two or one
    /// of them needs backtracking. Built on the first block asked about, as each pattern is (a command that cleans no
    /// report builds none).
    /// </summary>
    private readonly Lazy<Regex?> _openings;

    /// <summary>The other patterns, joined likewise.</summary>
    private readonly Lazy<Regex?> _others;

    /// <param name="rules">Each pattern as written (read already by <see cref="Validate"/>), with its role.</param>
    internal BoilerplatePatterns(IReadOnlyList<(string Pattern, BlockRole Role)> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = new (string, BlockRole, bool, PatternOpenings?, PatternLiterals?)[rules.Count];
        _patterns = new Lazy<Regex>[rules.Count];
        for (int i = 0; i < rules.Count; i++)
        {
            var (text, role) = rules[i];
            bool opening = text.StartsWith('^');
            _rules[i] = (text, role, opening, opening ? PatternOpenings.Of(text) : null, opening ? null : PatternLiterals.Of(text));
            _patterns[i] = new Lazy<Regex>(() => Build(text));
        }

        _openings = new Lazy<Regex?>(() => Join(_rules.Where(r => r.Opening && r.Openings is null)));
        _others = new Lazy<Regex?>(() => Join(_rules.Where(r => !r.Opening && r.Literals is null)));
    }

    /// <summary>
    /// One pattern that matches where any of <paramref name="rules"/> does; null for fewer than two, or when one of them
    /// needs backtracking (a backreference, a lookaround, a comment to the line's end: each is then tried for itself).
    /// </summary>
    private static Regex? Join(IEnumerable<(string Text, BlockRole Role, bool Opening, PatternOpenings? Openings, PatternLiterals? Literals)> rules)
    {
        var joined = rules.Select(r => "(?:" + r.Text + ")").ToList();
        if (joined.Count < 2)
        {
            return null;
        }

        try
        {
            return new Regex(string.Join('|', joined), Options | RegexOptions.NonBacktracking);
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The role the first pattern that matches <paramref name="content"/> gives it, or null when none matches.</summary>
    public BlockRole? Match(ReadOnlySpan<char> content)
    {
        // Each joined automaton is built, and asked, when a rule needs its answer: a block that opens none of the readable
        // ways of the rules before costs no automaton at all.
        bool? mayOpen = null, mayOther = null;
        for (int i = 0; i < _rules.Length; i++)
        {
            var rule = _rules[i];
            var answer = rule.Openings?.Answer(content) ?? rule.Literals?.Answer(content) ?? JoinedAnswer(rule.Opening, content, ref mayOpen, ref mayOther);
            if (answer == PatternAnswer.Yes || (answer == PatternAnswer.Maybe && Matches(_patterns[i].Value, content)))
            {
                return rule.Role;
            }
        }

        return null;
    }

    /// <summary>
    /// For a pattern whose ways cannot be read: whether the patterns joined with it (those anchored at the start, or the
    /// others) may match, asked once per block.
    /// </summary>
    private PatternAnswer JoinedAnswer(bool opening, ReadOnlySpan<char> content, ref bool? mayOpen, ref bool? mayOther)
    {
        bool may = opening
            ? mayOpen ??= _openings.Value is not { } joined || Matches(joined, content)
            : mayOther ??= _others.Value is not { } others || Matches(others, content);
        return may ? PatternAnswer.Maybe : PatternAnswer.No;
    }

    /// <summary>Whether the patterns anchored at the start whose openings cannot be read are asked together first (for tests).</summary>
    internal bool OpeningsJoined => _openings.Value is not null;

    /// <summary>How many patterns anchored at the start are asked first through their openings (for tests).</summary>
    internal int OpeningsRead => _rules.Count(r => r.Openings is not null);

    /// <summary>Whether the other patterns whose literals cannot be read are asked together first (for tests).</summary>
    internal bool OthersJoined => _others.Value is not null;

    /// <summary>How many patterns' own automata have been built so far (for tests).</summary>
    internal int Built => _patterns.Count(p => p.IsValueCreated);

    /// <summary>How many patterns anchored nowhere are asked first through their literals (for tests).</summary>
    internal int LiteralsRead => _rules.Count(r => r.Literals is not null);

    public int Count => _rules.Length;

    public (Regex Pattern, BlockRole Role) this[int index] => (_patterns[index].Value, _rules[index].Role);

    public IEnumerator<(Regex Pattern, BlockRole Role)> GetEnumerator()
    {
        for (int i = 0; i < _rules.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static bool Matches(Regex pattern, ReadOnlySpan<char> content)
    {
        try
        {
            return pattern.IsMatch(content);
        }
        catch (RegexMatchTimeoutException)
        {
            return false; // a user's slow pattern must not stop the run
        }
    }

    /// <summary>Reads a pattern as a regular expression, cheaply (the linear-time engine is built on first use).</summary>
    /// <exception cref="FormatException">It is none.</exception>
    internal static void Validate(string pattern)
    {
        try
        {
            _ = new Regex(pattern, Options);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"invalid regular expression: {e.Message}", e);
        }
    }

    private static Regex Build(string pattern)
    {
        try
        {
            return new Regex(pattern, Options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, Options, TimeSpan.FromMilliseconds(200));
        }
    }
}
