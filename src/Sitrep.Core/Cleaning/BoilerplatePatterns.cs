using System.Collections;
using System.Text.RegularExpressions;

namespace Sitrep.Core.Cleaning;

/// <summary>
/// The patterns of <c>boilerplate.tsv</c> in their order, each with the role of a block it matches. A pattern runs in
/// linear time whatever the input (the non-backtracking engine); one that engine cannot run gets the backtracking one with
/// a time limit. Most blocks match none: the patterns anchored at the block's start (<c>^…</c>) are also joined into one,
/// which answers for all of them at once, and each is built for itself only when that one says a block may match.
/// </summary>
public sealed class BoilerplatePatterns : IReadOnlyList<(Regex Pattern, BlockRole Role)>
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private readonly (string Text, BlockRole Role, bool Opening)[] _rules;
    private readonly Lazy<Regex>[] _patterns;

    /// <summary>The patterns anchored at the start, joined; null when there are none or one of them needs backtracking.</summary>
    private readonly Regex? _openings;

    /// <param name="rules">Each pattern as written (read already by <see cref="Validate"/>), with its role.</param>
    internal BoilerplatePatterns(IReadOnlyList<(string Pattern, BlockRole Role)> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = new (string, BlockRole, bool)[rules.Count];
        _patterns = new Lazy<Regex>[rules.Count];
        for (int i = 0; i < rules.Count; i++)
        {
            var (text, role) = rules[i];
            _rules[i] = (text, role, text.StartsWith('^'));
            _patterns[i] = new Lazy<Regex>(() => Build(text));
        }

        var openings = _rules.Where(r => r.Opening).Select(r => "(?:" + r.Text + ")").ToList();
        if (openings.Count > 1)
        {
            try
            {
                _openings = new Regex(string.Join('|', openings), Options | RegexOptions.NonBacktracking);
            }
            catch (Exception e) when (e is NotSupportedException or ArgumentException)
            {
                _openings = null; // a backreference, a lookaround, a comment to the line's end: each is tried for itself, in order
            }
        }
    }

    /// <summary>The role the first pattern that matches <paramref name="content"/> gives it, or null when none matches.</summary>
    public BlockRole? Match(ReadOnlySpan<char> content)
    {
        bool mayOpen = _openings is null || Matches(_openings, content);
        for (int i = 0; i < _rules.Length; i++)
        {
            if ((mayOpen || !_rules[i].Opening) && Matches(_patterns[i].Value, content))
            {
                return _rules[i].Role;
            }
        }

        return null;
    }

    /// <summary>Whether the patterns anchored at the start are asked together first (for tests).</summary>
    internal bool OpeningsJoined => _openings is not null;

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
