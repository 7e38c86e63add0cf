using System.Text.RegularExpressions;

namespace Sitrep.Core.Provenance;

/// <summary>Finds the wire services an article credits ("(Reuters)", "via AP", "With reporting by AFP", "(Reporting by …; Editing by …)", a closing "Reuter" or "— AP"). Thread-safe.</summary>
public sealed class WireCreditFinder
{
    /// <summary>Characters read from one article: credits sit in the dateline, the first lines and the last ones.</summary>
    public const int MaxChars = 200_000;

    /// <summary>How much of the start and of the end of a long article is searched.</summary>
    public const int EdgeChars = 3_000;

    private readonly WireLexicon _lexicon;

    public WireCreditFinder(WireLexicon? lexicon = null)
    {
        _lexicon = lexicon ?? WireLexicon.Default;
    }

    /// <summary>Each wire once per form, at its first place, in text order.</summary>
    public IReadOnlyList<WireCredit> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string searched = text.Length > MaxChars ? text[..MaxChars] : text;
        var credits = new List<WireCredit>();
        var seen = new HashSet<(string, string)>();
        // The dateline and the credit lines: the start and the end of a long article (offsets stay the text's).
        var regions = searched.Length <= 2 * EdgeChars
            ? new[] { (Start: 0, Length: searched.Length) }
            : new[] { (Start: 0, Length: EdgeChars), (Start: searched.Length - EdgeChars, Length: EdgeChars) };
        foreach (var pattern in _lexicon.Patterns)
        {
            foreach (var region in regions)
            {
                foreach (Match match in Matches(pattern.Regex, searched, region.Start, region.Length))
                {
                    foreach (var (wire, span) in WiresIn(pattern, match))
                    {
                        if (seen.Add((wire, pattern.Form)))
                        {
                            credits.Add(new WireCredit(wire, pattern.Form, span));
                        }
                    }
                }
            }
        }

        credits.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return credits;
    }

    private IEnumerable<(string Wire, TextSpan Span)> WiresIn(WireCreditPattern pattern, Match match)
    {
        if (pattern.NamesWire)
        {
            var group = match.Groups["wire"];
            if (_lexicon.WireOf(group.Value) is { } wire)
            {
                yield return (wire, new TextSpan(match.Index, match.Length));
            }

            yield break;
        }

        bool any = false;
        foreach (Match inner in Matches(_lexicon.AnyWire, match.Value))
        {
            if (_lexicon.WireOf(inner.Groups["wire"].Value) is { } wire)
            {
                any = true;
                yield return (wire, new TextSpan(match.Index, match.Length));
            }
        }

        if (!any && pattern.ImpliedWire is { } implied)
        {
            yield return (implied, new TextSpan(match.Index, match.Length));
        }
    }

    /// <summary>Matches, stopping quietly when a hostile text makes a pattern time out.</summary>
    private static List<Match> Matches(Regex regex, string text, int start = 0, int length = -1)
    {
        var found = new List<Match>();
        if (length < 0)
        {
            length = text.Length - start;
        }

        try
        {
            for (var m = regex.Match(text, start, length); m.Success; m = m.NextMatch())
            {
                found.Add(m);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Keep what was found before the timeout.
        }

        return found;
    }
}
