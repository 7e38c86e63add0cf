using System.IO.Compression;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sitrep.Ingest.Html;
using Sitrep.Testing;

namespace Sitrep.Ingest.Tests.Html;

/// <summary>
/// The pages of <c>../shared/corpus/html-pages</c> whose main text is marked: readability's
/// <c>wapo-1</c> (<c>expected.html</c>), scrapinghub's (<c>articleBody</c>), and L3S-GN1's
/// annotated pages (elements of class <c>x-nc-sel2</c> are the full text).
/// </summary>
internal static class GoldPages
{
    public static IReadOnlyList<GoldPage> All()
    {
        string root = SharedCorpus.Require("corpus/html-pages");
        var pages = new List<GoldPage>();
        pages.AddRange(Readability(Path.Combine(root, "readability")));
        pages.AddRange(Scrapinghub(Path.Combine(root, "scrapinghub")));
        pages.AddRange(L3s(Path.Combine(root, "l3s_gn1")));
        return pages;
    }

    private static IEnumerable<GoldPage> Readability(string folder)
    {
        foreach (string dir in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var document = Parse(File.ReadAllBytes(Path.Combine(dir, "expected.html")));
            yield return new GoldPage("readability", Path.GetFileName(dir), Path.Combine(dir, "source.html"), BlockText(document.Body!));
        }
    }

    private static IEnumerable<GoldPage> Scrapinghub(string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "ground-truth.subset.json")));
        foreach (var page in json.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            string path = Path.Combine(folder, "html", page.Name + ".html.gz");
            yield return new GoldPage("scrapinghub", page.Name[..12], path, page.Value.GetProperty("articleBody").GetString()!);
        }
    }

    private static IEnumerable<GoldPage> L3s(string folder)
    {
        foreach (string annotated in Directory.GetFiles(Path.Combine(folder, "annotated"), "*.html").Order(StringComparer.Ordinal))
        {
            var document = Parse(File.ReadAllBytes(annotated));
            var marked = document.QuerySelectorAll(".x-nc-sel2")
                .Where(e => e.ParentElement?.Closest(".x-nc-sel2") is null)
                .Select(e => e.TextContent);
            string name = Path.GetFileName(annotated);
            yield return new GoldPage("l3s_gn1", name[..8], Path.Combine(folder, "original", name), string.Join(" ", marked));
        }
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(byte[] bytes) =>
        new HtmlParser().ParseDocument(HtmlDecoder.Decode(bytes));

    /// <summary>Text of an element with a space at every element boundary, so words of adjacent blocks never fuse.</summary>
    private static string BlockText(IElement element) =>
        string.Join(" ", element.GetDescendants().OfType<IText>().Select(t => t.Data));

    internal static byte[] ReadPage(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal))
        {
            return File.ReadAllBytes(path);
        }

        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }
}
