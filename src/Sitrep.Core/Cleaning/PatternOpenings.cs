using System.Globalization;

namespace Sitrep.Core.Cleaning;

/// <summary>What the ways of a pattern say of a block.</summary>
internal enum PatternAnswer : byte
{
    /// <summary>The pattern cannot match the block.</summary>
    No,

    /// <summary>Only the pattern itself can say (a way that stops before the pattern's end, or a character it may fold).</summary>
    Maybe,

    /// <summary>The pattern matches the block: a way read to the pattern's end matched it, step by step.</summary>
    Yes,
}

/// <summary>
/// The ways a block can open if a boilerplate pattern anchored at its start (<c>^(share|follow us)\b</c>) is to match it,
/// read from the pattern's text: its literal letters (case ignored, as the patterns are), <c>\s</c> (and <c>\s*</c>,
/// <c>\s+</c>), <c>\b</c>, <c>$</c>, classes of a few characters (<c>['’]</c>), optional parts and alternatives, up to
/// the first thing it does not read (a range, another repeat), where each way stops.
/// Asking the ways costs a few comparisons; the regular expression's linear-time automaton costs milliseconds to build,
/// which a run whose blocks never open so need not pay. A way read to the pattern's end is the pattern: a block it opens
/// is matched, and no automaton is needed at all (<see cref="PatternAnswer.Yes"/>); a way that stopped only says that
/// the block may match. The ways never turn a block away that the pattern could match: a character that a case-blind
/// pattern takes for an ASCII letter (<see cref="PatternLiterals.OtherCases"/>: the Kelvin sign is a K) leaves the answer
/// to the pattern. The same ways, tried at each position, answer for a pattern anchored nowhere
/// (<see cref="Anywhere"/>).
/// </summary>
internal sealed class PatternOpenings
{
    /// <summary>Beyond this many ways, the ways stop where they are (shorter, still true).</summary>
    private const int MaxWays = 64;

    private enum Kind : byte
    {
        /// <summary>This character, ASCII letters either case.</summary>
        Char,

        /// <summary><c>\s</c>: one white-space character.</summary>
        Space,

        /// <summary><c>\s*</c>: white space, or none (the next steps tried after each length of it).</summary>
        Spaces,

        /// <summary><c>\b</c>: a word boundary (no character).</summary>
        Boundary,

        /// <summary><c>$</c>: the block's end, or a line break that ends it (no character).</summary>
        End,
    }

    private readonly record struct Step(Kind Kind, char Char);

    private readonly Step[][] _ways;

    /// <summary>For each way, whether it was read to the pattern's end (then a block it opens is matched).</summary>
    private readonly bool[] _whole;

    /// <summary>Whether the pattern is anchored at the block's start (else its ways are tried at each position).</summary>
    private readonly bool _anchored;

    /// <summary>The ASCII characters a way starts with (either case), as bits; a block starting with none of them is turned away at once.</summary>
    private readonly UInt128 _firsts;

    private PatternOpenings(List<Way> ways, bool anchored)
    {
        _ways = [.. ways.Select(w => w.Steps)];
        _whole = [.. ways.Select(w => !w.Stopped)];
        _anchored = anchored;
        foreach (var way in _ways)
        {
            if (way[0].Kind == Kind.Char && way[0].Char < 128)
            {
                _firsts |= UInt128.One << way[0].Char;
                if (char.IsAsciiLetter(way[0].Char))
                {
                    _firsts |= UInt128.One << (way[0].Char ^ 0x20);
                }
            }
            else
            {
                _firsts = UInt128.MaxValue; // a way that opens with white space, a boundary or a character beyond ASCII: not checked here
            }
        }
    }

    /// <summary>
    /// The openings of <paramref name="pattern"/>, which must start with <c>^</c>; null when it cannot be read so (an
    /// alternative that is not anchored, an option or lookaround <c>(?…)</c>, a way that opens with something unread):
    /// then every block may match.
    /// </summary>
    public static PatternOpenings? Of(string pattern) =>
        pattern.StartsWith('^') && Read(pattern, anchored: true) is { } ways ? new PatternOpenings(ways, anchored: true) : null;

    /// <summary>
    /// The ways of <paramref name="pattern"/>, anchored nowhere ("(getty images|ap photo)\)?$"), to be tried at each
    /// position of a block; null when it is anchored, cannot be read, or a way opens with no character
    /// (<c>\s(courier)</c>): then it has no literals to search for either.
    /// </summary>
    public static PatternOpenings? Anywhere(string pattern) =>
        !pattern.StartsWith('^') && Read(pattern, anchored: false) is { } ways && ways.All(w => w.Steps[0].Kind == Kind.Char)
            ? new PatternOpenings(ways, anchored: false)
            : null;

    /// <summary>
    /// The literals one of which a match starts with: each way's opening letters and marks, up to its first <c>\s</c>,
    /// boundary or anchor (none empty for the ways of <see cref="Anywhere"/>).
    /// </summary>
    public string[] Literals => [.. _ways.Select(w => new string([.. w.TakeWhile(s => s.Kind == Kind.Char).Select(s => s.Char)])).Distinct()];

    /// <summary>The ways of a pattern, each alternative anchored at the start (<paramref name="anchored"/>) or none; null when it cannot be read.</summary>
    private static List<Way>? Read(string pattern, bool anchored)
    {
        if (pattern.Length < 2 || HasOptionOrLookaround(pattern))
        {
            return null;
        }

        var ways = new List<Way>();
        int at = 0;
        while (true)
        {
            if (anchored && (at >= pattern.Length || pattern[at] != '^'))
            {
                return null; // "^a|b": an alternative not anchored at the start matches anywhere
            }

            at += anchored ? 1 : 0;
            ways.AddRange(Sequence(pattern, ref at));
            if (at >= pattern.Length)
            {
                break;
            }

            if (pattern[at] != '|')
            {
                return null; // a ')' with no '(': not a pattern Regex reads
            }

            at++;
        }

        if (ways.Count > MaxWays || ways.Any(w => w.Steps.Length == 0))
        {
            return null;
        }

        return ways;
    }

    /// <summary>What the ways say of a block: the pattern cannot match it, matches it, or alone can say.</summary>
    public PatternAnswer Answer(ReadOnlySpan<char> block)
    {
        if (_anchored)
        {
            return AnswerAt(block, 0);
        }

        var answer = PatternAnswer.No;
        for (int at = 0; at < block.Length && answer != PatternAnswer.Yes; at++)
        {
            answer = Either(answer, AnswerAt(block, at));
        }

        return answer;
    }

    /// <summary>What the ways say of the block read from <paramref name="at"/>.</summary>
    private PatternAnswer AnswerAt(ReadOnlySpan<char> block, int at)
    {
        if (at < block.Length && block[at] < 128 && (_firsts & (UInt128.One << block[at])) == UInt128.Zero)
        {
            return PatternAnswer.No;
        }

        var answer = PatternAnswer.No;
        for (int w = 0; w < _ways.Length && answer != PatternAnswer.Yes; w++)
        {
            answer = Either(answer, Open(_ways[w], _whole[w], 0, block, at));
        }

        return answer;
    }

    /// <summary>The answer of two ways, either of which may match: a match by one, else a doubt of one, else none.</summary>
    private static PatternAnswer Either(PatternAnswer a, PatternAnswer b) => a > b ? a : b;

    /// <summary>
    /// Whether the block from <paramref name="i"/> opens in the way's steps from <paramref name="from"/>: a match when it
    /// does and the way is the pattern's whole (<paramref name="whole"/>), a doubt when it does and the way stopped, or
    /// when a character there may be what the pattern takes it for.
    /// </summary>
    private static PatternAnswer Open(Step[] way, bool whole, int from, ReadOnlySpan<char> block, int i)
    {
        for (int s = from; s < way.Length; s++)
        {
            var step = way[s];
            switch (step.Kind)
            {
                case Kind.Char:
                    if (i >= block.Length)
                    {
                        return PatternAnswer.No;
                    }

                    char c = block[i];
                    if (c == step.Char || (char.IsAsciiLetter(step.Char) && (c | 0x20) == (step.Char | 0x20) && char.IsAsciiLetter(c)))
                    {
                        i++;
                        break;
                    }

                    // The Kelvin sign is a 'k' to the pattern; no other character beyond ASCII is any ASCII letter.
                    return char.IsAsciiLetter(step.Char) && PatternLiterals.OtherCases.Contains(c) ? PatternAnswer.Maybe : PatternAnswer.No;

                case Kind.Space:
                    if (i >= block.Length || !IsSpace(block[i]))
                    {
                        return PatternAnswer.No;
                    }

                    i++;
                    break;

                case Kind.Spaces:
                    int run = i;
                    while (run < block.Length && IsSpace(block[run]))
                    {
                        run++;
                    }

                    var answer = PatternAnswer.No;
                    for (int k = run; k >= i && answer != PatternAnswer.Yes; k--)
                    {
                        answer = Either(answer, Open(way, whole, s + 1, block, k)); // as the pattern would, having taken k - i of them
                    }

                    return answer;

                case Kind.Boundary:
                    if (IsWordChar(i > 0 ? block[i - 1] : null) == IsWordChar(i < block.Length ? block[i] : null))
                    {
                        return PatternAnswer.No;
                    }

                    break;

                case Kind.End:
                    if (!(i == block.Length || (i == block.Length - 1 && block[i] == '\n')))
                    {
                        return PatternAnswer.No;
                    }

                    break;
            }
        }

        return whole ? PatternAnswer.Yes : PatternAnswer.Maybe;
    }

    /// <summary>
    /// Whether a character is white space to <c>\s</c>: <c>[\f\n\r\t\v\x85\p{Z}]</c>, as .NET's regular expressions
    /// define it (not <see cref="char.IsWhiteSpace"/>, which takes control characters too).
    /// </summary>
    internal static bool IsSpace(char c) =>
        c < 128
            ? c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r'
            : c == '\x85' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>
    /// Whether a character is a word's to <c>\b</c>: a letter, a non-spacing mark (not a spacing one), a decimal digit, a
    /// connector (<c>_</c>), or a zero-width joiner or non-joiner; no character (a block's edge) is none.
    /// </summary>
    internal static bool IsWordChar(char? c) => c is { } x && (x < 128
        ? char.IsAsciiLetterOrDigit(x) || x == '_'
        : x is '\u200C' or '\u200D' || CharUnicodeInfo.GetUnicodeCategory(x) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation);

    /// <summary>A way read so far, and whether it stopped (what follows in the pattern is not part of it).</summary>
    private readonly record struct Way(Step[] Steps, bool Stopped)
    {
        public Way Then(Way next) => Stopped ? this : new Way([.. Steps, .. next.Steps], next.Stopped);

        public Way Stop() => this with { Stopped = true };
    }

    /// <summary>The ways of a sequence of items from <paramref name="at"/> to the '|' or ')' that ends it (or the pattern's end), where <paramref name="at"/> is left.</summary>
    private static List<Way> Sequence(string p, ref int at)
    {
        List<Way> ways = [new Way([], false)];
        while (at < p.Length && p[at] is not ('|' or ')'))
        {
            if (ways.All(w => w.Stopped))
            {
                SkipRest(p, ref at);
                break;
            }

            var item = Item(p, ref at);
            if (item is null)
            {
                ways = [.. ways.Select(w => w.Stop())];
                SkipRest(p, ref at);
                break;
            }

            // A quantifier after the item: '?' makes it optional; '*' lets it be absent, or stops the way after it once;
            // '+' stops the way after it once; '{…}' stops the way before it. White space repeated ("\s*", "\s+") is read
            // on: the steps after it are tried after each length of it.
            char q = at < p.Length ? p[at] : '\0';
            bool spaces = item is [{ Stopped: false, Steps: [{ Kind: Kind.Space }] }];
            List<Way> next;
            if (spaces && q is '*' or '+')
            {
                at++;
                next = Join(ways, q == '*' ? [new Way([new Step(Kind.Spaces, ' ')], false)] : [new Way([new Step(Kind.Space, ' '), new Step(Kind.Spaces, ' ')], false)]);
            }
            else if (q == '?')
            {
                at++;
                next = [.. ways, .. Join(ways, item)];
            }
            else if (q == '*')
            {
                at++;
                next = [.. ways, .. Join(ways, item).Select(w => w.Stop())];
            }
            else if (q == '+')
            {
                at++;
                next = [.. Join(ways, item).Select(w => w.Stop())];
            }
            else if (q == '{')
            {
                next = [.. ways.Select(w => w.Stop())];
                SkipRest(p, ref at);
                ways = next;
                break;
            }
            else
            {
                next = Join(ways, item);
            }

            if (q is '?' or '*' or '+' && at < p.Length && p[at] == '?')
            {
                at++; // lazy: matches the same strings
            }

            ways = next.Count > MaxWays ? [.. ways.Select(w => w.Stop())] : next;
        }

        return ways;
    }

    private static List<Way> Join(List<Way> ways, List<Way> item) => [.. ways.SelectMany(w => w.Stopped ? [w] : item.Select(w.Then))];

    /// <summary>The ways of one item (a character, an escape, a group) at <paramref name="at"/>, moved past it; null for an item not read.</summary>
    private static List<Way>? Item(string p, ref int at)
    {
        char c = p[at];
        switch (c)
        {
            case '(':
                at += p.AsSpan(at).StartsWith("(?:") ? 3 : 1;
                var ways = new List<Way>();
                while (true)
                {
                    ways.AddRange(Sequence(p, ref at));
                    if (at >= p.Length)
                    {
                        return null;
                    }

                    if (p[at] == ')')
                    {
                        at++;
                        return ways;
                    }

                    at++; // '|'
                }

            case '\\' when at + 1 < p.Length:
                char escaped = p[at + 1];
                at += 2;
                return escaped switch
                {
                    's' => [new Way([new Step(Kind.Space, ' ')], false)],
                    'b' => [new Way([new Step(Kind.Boundary, ' ')], false)],
                    _ when !char.IsLetterOrDigit(escaped) => [new Way([new Step(Kind.Char, escaped)], false)],
                    _ => null, // \w, \d, \p{…}, \1, \t …
                };

            case '$':
                at++;
                return [new Way([new Step(Kind.End, ' ')], false)];

            case '[':
                return Class(p, ref at);

            case '.' or '^' or '*' or '+' or '?' or '{' or '\\':
                return null;

            default:
                if (!Readable(c))
                {
                    return null;
                }

                at++;
                return [new Way([new Step(Kind.Char, c)], false)];
        }
    }

    /// <summary>
    /// A character read as itself: ASCII (its letters either case), or beyond ASCII without other cases ("’", "©"; not
    /// "é", "Ⓐ", which the pattern matches in either case).
    /// </summary>
    private static bool Readable(char c) => c < 128 || (char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c);

    /// <summary>
    /// A class of a few characters listed one by one (<c>['’]</c>) as one way for each, moved past it; null for one with a
    /// range, a negation, an escape or a character not <see cref="Readable"/>.
    /// </summary>
    private static List<Way>? Class(string p, ref int at)
    {
        int end = p.IndexOf(']', at + 1);
        if (end < 0 || end == at + 1 || end - at - 1 > 8)
        {
            return null;
        }

        var members = p.AsSpan(at + 1, end - at - 1);
        if (members[0] == '^' || members.ContainsAny('-', '\\', '['))
        {
            return null;
        }

        foreach (char c in members)
        {
            if (!Readable(c))
            {
                return null;
            }
        }

        at = end + 1;
        return [.. members.ToArray().Distinct().Select(c => new Way([new Step(Kind.Char, c)], false))];
    }

    /// <summary>Moves <paramref name="at"/> to the '|' or ')' that ends the current sequence, past groups, classes and escapes.</summary>
    private static void SkipRest(string p, ref int at)
    {
        int depth = 0;
        while (at < p.Length)
        {
            char c = p[at];
            if (c == '\\')
            {
                at += 2;
                continue;
            }

            if (c == '[')
            {
                at = AfterClass(p, at);
                continue;
            }

            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' || (c == '|' && depth == 0))
            {
                if (depth == 0)
                {
                    return;
                }

                depth -= c == ')' ? 1 : 0;
            }

            at++;
        }
    }

    /// <summary>The position after the character class that opens at <paramref name="at"/> ("[^]a-z-[aeiou]]").</summary>
    private static int AfterClass(string p, int at)
    {
        int i = at + 1;
        if (i < p.Length && p[i] == '^')
        {
            i++;
        }

        if (i < p.Length && p[i] == ']')
        {
            i++; // a ']' first is a character of the class
        }

        while (i < p.Length)
        {
            if (p[i] == '\\')
            {
                i += 2;
            }
            else if (p[i] == '-' && i + 1 < p.Length && p[i + 1] == '[')
            {
                i = AfterClass(p, i + 1); // subtraction: "[a-z-[aeiou]]"
            }
            else if (p[i] == ']')
            {
                return i + 1;
            }
            else
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>
    /// Whether the pattern has a group that opens "(?" other than "(?:": inline options, comments, lookarounds, named
    /// groups (an escaped "\\(?", an optional parenthesis, is none).
    /// </summary>
    private static bool HasOptionOrLookaround(string p)
    {
        for (int i = 0; i < p.Length;)
        {
            switch (p[i])
            {
                case '\\':
                    i += 2;
                    break;
                case '[':
                    i = AfterClass(p, i);
                    break;
                case '(' when i + 1 < p.Length && p[i + 1] == '?' && (i + 2 >= p.Length || p[i + 2] != ':'):
                    return true;
                default:
                    i++;
                    break;
            }
        }

        return false;
    }
}
