using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Walks a parsed page once and cuts its visible text into paragraph-like runs, each tied to the
/// block element it sits in. Script, style, forms controls and hidden elements give no text; runs
/// inside elements that look like page furniture (navigation, share bars, comments, related lists …)
/// are marked with the reason. Depth and node count are capped: hostile pages nest without end.
/// </summary>
internal sealed class PageWalker
{
    private static readonly FrozenSet<string> Skipped = FrozenSet.Create(StringComparer.Ordinal,
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas",
        "button", "input", "select", "textarea", "option", "optgroup", "datalist", "audio", "video", "source",
        "track", "map", "area", "head", "title", "meta", "link", "base", "dialog", "frameset", "frame", "applet");

    private static readonly FrozenSet<string> Inline = FrozenSet.Create(StringComparer.Ordinal,
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
        "img", "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
        "time", "tt", "u", "var", "wbr", "label", "ruby", "rt", "rp", "blink", "picture", "output", "meter");

    private static readonly FrozenSet<string> FurnitureTags = FrozenSet.Create(StringComparer.Ordinal,
        "nav", "aside", "footer", "menu");

    private static readonly FrozenSet<string> FurnitureRoles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "navigation", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alertdialog", "banner");

    private readonly HtmlHints _hints;
    private readonly int _maxDepth;
    private readonly int _maxNodes;
    private readonly List<PageRun> _runs = [];
    private readonly List<FurnitureMark> _open = [];
    private readonly List<(PageRun Run, FurnitureMark[] Marks)> _marked = [];
    private readonly StringBuilder _buffer = new();
    private FrozenSet<IElement> _protected = FrozenSet<IElement>.Empty;
    private int _chars;
    private int _linkChars;
    private int _nodes;
    private int _pendingBreaks;

    public PageWalker(HtmlHints hints, int maxDepth, int maxNodes)
    {
        _hints = hints;
        _maxDepth = maxDepth;
        _maxNodes = maxNodes;
    }

    /// <summary>Whether the walk stopped early at the depth or node cap.</summary>
    public bool Truncated { get; private set; }

    public IReadOnlyList<PageRun> Walk(IElement body)
    {
        _protected = ProtectedElements(body);
        Visit(body, body, 0, inLink: false);
        Flush(body);
        return Resolve();
    }

    private void Visit(IElement element, IElement owner, int depth, bool inLink)
    {
        foreach (var child in element.ChildNodes)
        {
            if (++_nodes > _maxNodes)
            {
                Truncated = true;
                return;
            }

            if (child is IText text)
            {
                Append(text.Data, inLink);
                continue;
            }

            if (child is not IElement childElement)
            {
                continue;
            }

            string name = childElement.LocalName;
            if (Skipped.Contains(name) || IsHidden(childElement))
            {
                continue;
            }

            if (name == "br")
            {
                _pendingBreaks++;
                if (_pendingBreaks >= 2)
                {
                    Flush(owner);
                }
                else
                {
                    _buffer.Append(' ');
                }

                continue;
            }

            if (depth + 1 > _maxDepth)
            {
                Truncated = true;
                continue;
            }

            var mark = FurnitureOf(childElement);
            if (mark is not null)
            {
                _open.Add(mark);
            }

            if (Inline.Contains(name) && mark is null)
            {
                Visit(childElement, owner, depth + 1, inLink || name == "a");
            }
            else
            {
                Flush(owner);
                Visit(childElement, Inline.Contains(name) ? owner : childElement, depth + 1, inLink || name == "a");
                Flush(Inline.Contains(name) ? owner : childElement);
            }

            if (mark is not null)
            {
                Flush(owner);
                _open.Remove(mark);
            }
        }
    }

    private void Append(string text, bool inLink)
    {
        int letters = 0;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters++;
            }
        }

        if (letters > 0)
        {
            _pendingBreaks = 0;
        }

        _buffer.Append(text);
        _chars += letters;
        if (inLink)
        {
            _linkChars += letters;
        }
    }

    private void Flush(IElement owner)
    {
        _pendingBreaks = 0;
        if (_chars == 0)
        {
            _buffer.Clear();
            _linkChars = 0;
            return;
        }

        string text = ArticleTextBuilder.Normalize(_buffer.ToString());
        var (kind, level) = KindOf(owner);
        var run = new PageRun
        {
            Owner = owner,
            Kind = kind,
            Level = level,
            Text = text,
            Chars = _chars,
            LinkChars = _linkChars,
            Index = _runs.Count,
        };
        _runs.Add(run);
        if (_open.Count > 0)
        {
            var marks = _open.ToArray();
            foreach (var mark in marks)
            {
                mark.Chars += _chars;
            }

            _marked.Add((run, marks));
        }

        _buffer.Clear();
        _chars = 0;
        _linkChars = 0;
    }

    /// <summary>Settles which furniture marks hold: not one that holds the headline, nor one holding most of the page's text.</summary>
    private List<PageRun> Resolve()
    {
        int total = _runs.Sum(r => r.Chars);
        var result = new List<PageRun>(_runs);
        foreach (var (run, marks) in _marked)
        {
            var holding = marks.FirstOrDefault(m => !_protected.Contains(m.Element) && m.Chars < total * 0.6);
            if (holding is not null)
            {
                result[run.Index] = new PageRun
                {
                    Owner = run.Owner,
                    Kind = run.Kind,
                    Level = run.Level,
                    Text = run.Text,
                    Chars = run.Chars,
                    LinkChars = run.LinkChars,
                    Index = run.Index,
                    Furniture = holding.Reason,
                };
            }
        }

        return result;
    }

    private FurnitureMark? FurnitureOf(IElement element)
    {
        string name = element.LocalName;
        if (name is "body" or "html" or "h1" or "main")
        {
            return null;
        }

        if (FurnitureTags.Contains(name))
        {
            return new FurnitureMark(element, $"<{name}>");
        }

        string? role = element.GetAttribute("role");
        if (role is not null && FurnitureRoles.Contains(role.Trim()))
        {
            return new FurnitureMark(element, $"role={role.Trim()}");
        }

        var words = ElementWords.Of(element);
        if (words.Count == 0 || string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (_hints.IsFurniture(words))
        {
            string label = element.GetAttribute("class") is { Length: > 0 } c ? $"class \"{Short(c)}\"" : $"id \"{Short(element.GetAttribute("id") ?? "")}\"";
            return new FurnitureMark(element, $"<{name}> {label}");
        }

        return null;
    }

    private static (RunKind Kind, int Level) KindOf(IElement owner) => owner.LocalName switch
    {
        "p" => (RunKind.Paragraph, 0),
        "h1" => (RunKind.Heading, 1),
        "h2" => (RunKind.Heading, 2),
        "h3" => (RunKind.Heading, 3),
        "h4" => (RunKind.Heading, 4),
        "h5" => (RunKind.Heading, 5),
        "h6" => (RunKind.Heading, 6),
        "li" or "dd" or "dt" => (RunKind.ListItem, 0),
        "blockquote" => (RunKind.Quote, 0),
        "pre" => (RunKind.Preformatted, 0),
        "figcaption" or "caption" => (RunKind.Caption, 0),
        "td" or "th" => (RunKind.TableCell, 0),
        _ => (RunKind.Loose, 0),
    };

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        string? style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        string compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    /// <summary>The headline's ancestors and the marked article body's: furniture words on them are overruled.</summary>
    private static FrozenSet<IElement> ProtectedElements(IElement body)
    {
        var set = new HashSet<IElement>();
        foreach (var anchor in body.QuerySelectorAll("h1, [itemprop=articleBody], [itemprop=articlebody]"))
        {
            for (var e = anchor; e is not null && set.Add(e); e = e.ParentElement)
            {
            }
        }

        return set.ToFrozenSet();
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private sealed class FurnitureMark(IElement element, string reason)
    {
        public IElement Element { get; } = element;

        public string Reason { get; } = reason;

        public int Chars { get; set; }
    }
}
