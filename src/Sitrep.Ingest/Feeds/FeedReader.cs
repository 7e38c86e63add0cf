using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Sitrep.Ingest.Feeds;

/// <summary>
/// Reads RSS 2.0 (and 0.9x/1.0 RDF) and Atom feeds one item at a time, so a feed of any length is
/// read with flat memory. No DTD is processed and no external entity is fetched; the document size
/// is capped. Element names are matched by local name, so namespaced variants (<c>dc:date</c>,
/// <c>content:encoded</c>, <c>atom:link</c>) are understood.
/// </summary>
public static class FeedReader
{
    /// <summary>The root element names that make a document a feed.</summary>
    public static bool IsFeedRoot(string localName) => localName is "rss" or "feed" or "RDF" or "rdf";

    /// <summary>Items of the feed in <paramref name="stream"/>; a malformed feed ends with an error entry naming the line.</summary>
    public static IEnumerable<FeedEntry> Read(Stream stream, long maxChars)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersInDocument = maxChars,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };
        using var reader = XmlReader.Create(stream, settings);
        var channel = new FeedChannel(null, null, null);
        bool sawRoot = false;
        bool positioned = false;
        while (true)
        {
            FeedEntry? entry = null;
            bool done;
            try
            {
                done = !Advance(reader, ref channel, ref sawRoot, ref positioned, out entry);
            }
            catch (XmlException e)
            {
                entry = new FeedEntry(channel, null, string.Create(CultureInfo.InvariantCulture,
                    $"not a well-formed feed at line {e.LineNumber}: {FirstSentence(e.Message)}"));
                done = true;
            }

            if (entry is not null)
            {
                yield return entry;
            }

            if (done)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// Moves to the next item; returns false at the end of the document. Reading an element whole
    /// (<see cref="XNode.ReadFrom"/>, <see cref="XmlReader.ReadElementContentAsString()"/>) leaves the reader on
    /// the node after it, which in a minified feed (no white space between tags) is the next item: then
    /// <paramref name="positioned"/> says not to read past it.
    /// </summary>
    private static bool Advance(XmlReader reader, ref FeedChannel channel, ref bool sawRoot, ref bool positioned, out FeedEntry? entry)
    {
        entry = null;
        while (positioned || reader.Read())
        {
            positioned = false;
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (!sawRoot)
            {
                sawRoot = true;
                if (!IsFeedRoot(reader.LocalName))
                {
                    entry = new FeedEntry(channel, null, $"not a feed: the root element is <{reader.Name}>, not <rss> or <feed>");
                    return false;
                }

                if (reader.GetAttribute("xml:lang") is { Length: > 0 } rootLanguage)
                {
                    channel = channel with { Language = rootLanguage };
                }

                continue;
            }

            switch (reader.LocalName)
            {
                case "item" or "entry":
                    var element = (XElement)XNode.ReadFrom(reader);
                    positioned = true;
                    entry = new FeedEntry(channel, Item(element), null);
                    return true;
                case "title" when channel.Title is null && reader.Depth <= 2:
                    channel = channel with { Title = Clean(reader.ReadElementContentAsString()) };
                    positioned = true;
                    break;
                case "link" when channel.Link is null && reader.Depth <= 2:
                    string? href = reader.GetAttribute("href");
                    string? rel = reader.GetAttribute("rel");
                    if (href is not null)
                    {
                        if (rel is null or "alternate")
                        {
                            channel = channel with { Link = href };
                        }
                    }
                    else if (!reader.IsEmptyElement)
                    {
                        channel = channel with { Link = Clean(reader.ReadElementContentAsString()) };
                        positioned = true;
                    }

                    break;
                case "language" when channel.Language is null:
                    channel = channel with { Language = Clean(reader.ReadElementContentAsString()) };
                    positioned = true;
                    break;
            }
        }

        return false;
    }

    private static FeedItem Item(XElement item)
    {
        string? Child(params string[] names) => names
            .Select(n => item.Elements().FirstOrDefault(e => e.Name.LocalName == n))
            .Where(e => e is not null)
            .Select(e => Clean(ContentOf(e!)))
            .FirstOrDefault(v => v is not null);

        return new FeedItem(
            Child("guid", "id"),
            Child("title"),
            Link(item),
            Child("description", "summary", "abstract"),
            Child("encoded", "content"),
            Child("pubDate", "published", "date", "issued", "created", "updated", "modified"),
            Author(item));
    }

    private static string? Link(XElement item)
    {
        var original = item.Elements().FirstOrDefault(e => e.Name.LocalName == "origLink");
        if (original is not null && Clean(original.Value) is { } originalLink)
        {
            return originalLink;
        }

        foreach (var link in item.Elements().Where(e => e.Name.LocalName == "link"))
        {
            string? href = (string?)link.Attribute("href");
            string? rel = (string?)link.Attribute("rel");
            if (href is not null && rel is null or "alternate")
            {
                return Clean(href);
            }

            if (href is null && Clean(link.Value) is { } text)
            {
                return text;
            }
        }

        var guid = item.Elements().FirstOrDefault(e => e.Name.LocalName == "guid");
        return guid is not null && !string.Equals((string?)guid.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase)
            && Clean(guid.Value) is { } permalink && permalink.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            ? permalink
            : null;
    }

    private static string? Author(XElement item)
    {
        foreach (var element in item.Elements().Where(e => e.Name.LocalName is "creator" or "author"))
        {
            var name = element.Elements().FirstOrDefault(e => e.Name.LocalName == "name");
            if (Clean(name?.Value ?? element.Value) is { } author)
            {
                return author;
            }
        }

        return null;
    }

    /// <summary>Atom XHTML content is markup inside the element; everything else is its text.</summary>
    private static string ContentOf(XElement element)
    {
        if (string.Equals((string?)element.Attribute("type"), "xhtml", StringComparison.OrdinalIgnoreCase))
        {
            return string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
        }

        return element.Value;
    }

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        string trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
