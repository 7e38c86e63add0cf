using System.Collections.Frozen;
using System.Text.Json;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Reads the JSON-LD blocks of a page (<c>&lt;script type="application/ld+json"&gt;</c>): objects at
/// the top, in arrays, in <c>@graph</c> arrays and nested (<c>mainEntity</c>), keeping those whose
/// <c>@type</c> is an article type. Malformed blocks are skipped; sizes and depth are capped.
/// </summary>
internal static class JsonLdReader
{
    private const int MaxScriptChars = 2 * 1024 * 1024;
    private const int MaxObjects = 500;

    private static readonly FrozenSet<string> ArticleTypes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle",
        "OpinionNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting",
        "Report", "SocialMediaPosting", "ScholarlyArticle", "TechArticle", "SatiricalArticle", "WebPage", "ItemPage");

    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = 32,
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Article objects in page order; <c>WebPage</c> objects come after real article types.</summary>
    public static IReadOnlyList<JsonLdArticle> Read(IEnumerable<string> scripts)
    {
        var found = new List<JsonLdArticle>();
        foreach (string script in scripts)
        {
            if (script.Length > MaxScriptChars || string.IsNullOrWhiteSpace(script))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(Clean(script), Options);
                Visit(document.RootElement, found, 0);
            }
            catch (JsonException)
            {
                // A malformed block says nothing reliable; the page's other metadata still counts.
            }
        }

        return found
            .OrderBy(a => a.Type is "WebPage" or "ItemPage" ? 1 : 0)
            .ToList();
    }

    private static void Visit(JsonElement element, List<JsonLdArticle> found, int depth)
    {
        if (depth > 8 || found.Count >= MaxObjects)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Visit(item, found, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (Types(element).FirstOrDefault(ArticleTypes.Contains) is { } type)
        {
            found.Add(new JsonLdArticle(
                type,
                Text(element, "headline") ?? Text(element, "name"),
                Text(element, "datePublished"),
                Text(element, "dateCreated"),
                Text(element, "dateModified"),
                Url(element),
                Name(element, "publisher") ?? Name(element, "sourceOrganization"),
                Names(element, "author") ?? Names(element, "creator"),
                Language(element),
                Text(element, "description")));
        }

        foreach (string nested in (string[])["@graph", "mainEntity", "hasPart", "itemListElement"])
        {
            if (element.TryGetProperty(nested, out var child))
            {
                Visit(child, found, depth + 1);
            }
        }
    }

    private static IEnumerable<string> Types(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            yield break;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            yield return Local(type.GetString()!);
        }
        else if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    yield return Local(item.GetString()!);
                }
            }
        }
    }

    /// <summary>"http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type as "NewsArticle".</summary>
    private static string Local(string type)
    {
        int cut = Math.Max(type.LastIndexOf('/'), type.LastIndexOf(':'));
        return cut >= 0 ? type[(cut + 1)..] : type;
    }

    private static string? Text(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => NullIfBlank(value.GetString()),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String)
                .Select(v => NullIfBlank(v.GetString())).FirstOrDefault(v => v is not null),
            JsonValueKind.Object when value.TryGetProperty("@value", out var inner) && inner.ValueKind == JsonValueKind.String =>
                NullIfBlank(inner.GetString()),
            _ => null,
        };
    }

    private static string? Url(JsonElement element)
    {
        if (Text(element, "url") is { } url)
        {
            return url;
        }

        if (element.TryGetProperty("mainEntityOfPage", out var page))
        {
            if (page.ValueKind == JsonValueKind.String)
            {
                return NullIfBlank(page.GetString());
            }

            if (page.ValueKind == JsonValueKind.Object)
            {
                return Text(page, "@id") ?? Text(page, "url");
            }
        }

        return null;
    }

    /// <summary>The name of an organisation or person given as a string, an object, or an array of either.</summary>
    private static string? Name(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return NameOf(value).FirstOrDefault();
    }

    private static string? Names(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        var names = NameOf(value).Distinct(StringComparer.Ordinal).Take(10).ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static IEnumerable<string> NameOf(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when NullIfBlank(value.GetString()) is { } s && !s.StartsWith("http", StringComparison.OrdinalIgnoreCase):
                yield return s;
                break;
            case JsonValueKind.Object when Text(value, "name") is { } name:
                yield return name;
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray().Take(20))
                {
                    if (item.ValueKind == JsonValueKind.String && NullIfBlank(item.GetString()) is { } s2)
                    {
                        yield return s2;
                    }
                    else if (item.ValueKind == JsonValueKind.Object && Text(item, "name") is { } n)
                    {
                        yield return n;
                    }
                }

                break;
        }
    }

    private static string? Language(JsonElement element)
    {
        if (Text(element, "inLanguage") is { } language)
        {
            return language;
        }

        return element.TryGetProperty("inLanguage", out var value) && value.ValueKind == JsonValueKind.Object
            ? Text(value, "alternateName") ?? Text(value, "name")
            : null;
    }

    /// <summary>Some sites wrap JSON-LD in HTML comments or CDATA markers.</summary>
    private static string Clean(string script)
    {
        // Raw line breaks inside strings are invalid JSON but common; outside strings they are white space anyway.
        string text = string.Create(script.Length, script, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        }).Trim();
        foreach (var (open, close) in ((string, string)[])[("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")])
        {
            if (text.StartsWith(open, StringComparison.Ordinal) && text.EndsWith(close, StringComparison.Ordinal))
            {
                text = text[open.Length..^close.Length].Trim();
            }
        }

        return text;
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
