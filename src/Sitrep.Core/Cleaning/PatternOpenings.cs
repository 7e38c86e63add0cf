namespace Sitrep.Core.Cleaning;

/// <summary>
/// The ways a block can open if a boilerplate pattern anchored at its start (<c>^(share|follow us)\b</c>) is to match it,
/// read from the pattern's text: its literal letters (case ignored, as the patterns are), <c>\s</c> (and <c>\s*</c>,
/// <c>\s+</c>), <c>\b</c>, <c>$</c>, optional parts and alternatives, up to the first thing it does not read (a class,
/// another repeat), where each way stops.
/// Asking the ways costs a few comparisons; the regular expression's linear-time automaton costs tens of milliseconds to
/// build, which a run whose blocks never open so need not pay. The ways only ever turn a block away that the pattern
/// could not match: a letter beyond ASCII in the block, which may be some ASCII letter's other case (the Kelvin sign is
/// a K), lets it through.
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

    /// <summary>The ASCII characters a way starts with (either case), as bits; a block starting with none of them is turned away at once.</summary>
    private readonly UInt128 _firsts;

    private PatternOpenings(Step[][] ways)
    {
        _ways = ways;
        foreach (var way in ways)
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
        pattern.StartsWith('^') && Read(pattern, anchored: true) is { } ways ? new PatternOpenings(ways) : null;

    /// <summary>
    /// The literals one of which a match of <paramref name="pattern"/>, anchored nowhere ("(getty images|ap photo)\)?$"),
    /// starts with: each way's opening letters and marks, up to its first class, <c>\s</c> or anchor; null when a way opens
    /// with none, or the pattern cannot be read.
    /// </summary>
    public static string[]? Literals(string pattern)
    {
        if (pattern.StartsWith('^') || Read(pattern, anchored: false) is not { } ways)
        {
            return null;
        }

        var literals = ways.Select(w => new string([.. w.TakeWhile(s => s.Kind == Kind.Char).Select(s => s.Char)])).Distinct().ToArray();
        return literals.Any(l => l.Length == 0) ? null : literals;
    }

    /// <summary>The ways of a pattern, each alternative anchored at the start (<paramref name="anchored"/>) or none; null when it cannot be read.</summary>
    private static Step[][]? Read(string pattern, bool anchored)
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

        return [.. ways.Select(w => w.Steps)];
    }

    /// <summary>Whether a block may open in one of the ways (false: the pattern cannot match it).</summary>
    public bool MayMatch(ReadOnlySpan<char> block)
    {
        if (block.Length > 0 && block[0] < 128 && (_firsts & (UInt128.One << block[0])) == UInt128.Zero)
        {
            return false;
        }

        foreach (var way in _ways)
        {
            if (MayOpen(way, block))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MayOpen(Step[] way, ReadOnlySpan<char> block) => MayOpen(way, 0, block, 0);

    /// <summary>Whether the block from <paramref name="i"/> may open in the way's steps from <paramref name="from"/>.</summary>
    private static bool MayOpen(Step[] way, int from, ReadOnlySpan<char> block, int i)
    {
        for (int s = from; s < way.Length; s++)
        {
            var step = way[s];
            switch (step.Kind)
            {
                case Kind.Char:
                    if (i >= block.Length)
                    {
                        return false;
                    }

                    char c = block[i];
                    if (c == step.Char || (char.IsAsciiLetter(step.Char) && (c | 0x20) == (step.Char | 0x20) && char.IsAsciiLetter(c)))
                    {
                        i++;
                        break;
                    }

                    return c >= 128 && char.IsAsciiLetter(step.Char); // the Kelvin sign is a 'k' to the pattern

                case Kind.Space:
                    if (i >= block.Length)
                    {
                        return false;
                    }

                    if (block[i] >= 128)
                    {
                        return true; // white space beyond ASCII, or not: the pattern says
                    }

                    if (block[i] is not (' ' or '\t' or '\n' or '\v' or '\f' or '\r'))
                    {
                        return false;
                    }

                    i++;
                    break;

                case Kind.Spaces:
                    int run = i;
                    while (run < block.Length && block[run] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r')
                    {
                        run++;
                    }

                    if (run < block.Length && block[run] >= 128)
                    {
                        return true; // white space beyond ASCII, or not: the pattern says
                    }

                    for (int k = run; k >= i; k--)
                    {
                        if (MayOpen(way, s + 1, block, k))
                        {
                            return true; // as the pattern would, having taken k - i of them
                        }
                    }

                    return false;

                case Kind.Boundary:
                    char? before = i > 0 ? block[i - 1] : null, after = i < block.Length ? block[i] : null;
                    if (before >= 128 || after >= 128)
                    {
                        return true; // a letter beyond ASCII, or a joiner, may be a word's
                    }

                    if (IsAsciiWord(before) == IsAsciiWord(after))
                    {
                        return false;
                    }

                    break;

                case Kind.End:
                    if (!(i == block.Length || (i == block.Length - 1 && block[i] == '\n')))
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    private static bool IsAsciiWord(char? c) => c is { } x && (char.IsAsciiLetterOrDigit(x) || x == '_');

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

            case '[' or '.' or '^' or '*' or '+' or '?' or '{' or '\\':
                return null;

            default:
                if (c >= 128 && (char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c))
                {
                    return null; // a character beyond ASCII with other cases ("é", "Ⓐ"): the pattern matches those too
                }

                at++;
                return [new Way([new Step(Kind.Char, c)], false)];
        }
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
