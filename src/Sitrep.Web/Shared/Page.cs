using System.Text;
using Microsoft.AspNetCore.Http;
using Sitrep.Core;

namespace Sitrep.Web.Shared;

/// <summary>
/// The frame of every page: one style sheet from the server, no script at all, and a
/// Content-Security-Policy that would stop any script that slipped through. Every report text on a page
/// goes through <see cref="HtmlText.Encode"/>.
/// </summary>
public static class Page
{
    /// <summary>Nothing runs; styles and images come from the server itself (charts are inline SVG).</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static IResult Html(string title, string body, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(Document(title, body), "text/html; charset=utf-8", Encoding.UTF8, statusCode);

    /// <summary>A whole page as UTF-8, to be served many times from the same bytes (<see cref="Bytes"/>).</summary>
    public static byte[] Utf8(string title, string body) => Encoding.UTF8.GetBytes(Document(title, body));

    /// <summary>A page encoded before (<see cref="Utf8"/>), written from its bytes without a copy.</summary>
    public static IResult Bytes(byte[] page) => new CachedBytes(page, "text/html; charset=utf-8");

    private static string Document(string title, string body)
    {
        var html = new StringBuilder(body.Length + 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<title>").Append(HtmlText.Encode(title)).Append(" · Sitrep</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/site.css\">\n</head>\n<body>\n")
            .Append("<header class=\"site\"><nav><a class=\"brand\" href=\"/\">Sitrep</a> <a href=\"/\">Stories</a> ")
            .Append("<a href=\"/add\">Add reports</a> <a href=\"/api/openapi.json\">API</a></nav></header>\n")
            .Append("<main>\n").Append(body).Append("</main>\n")
            .Append("<footer>Every figure links to the sentence it was read from; check them before you quote them.</footer>\n")
            .Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>A page that says what went wrong and what to do next.</summary>
    public static IResult Error(int statusCode, string title, string detail) =>
        Html(title, $"<h1>{HtmlText.Encode(title)}</h1>\n<p>{HtmlText.Encode(detail)}</p>\n<p><a href=\"/\">Back to the stories</a></p>\n", statusCode);

    public static string Encode(string? text) => HtmlText.Encode(text);

    /// <summary>A path segment or query value, escaped.</summary>
    public static string Url(string value) => Uri.EscapeDataString(value);

    public static string Time(TimePoint? time) => time?.ToIso() ?? "undated";

    /// <summary>The site's style sheet: the report page's, and what the app adds to it.</summary>
    public static string StyleSheet { get; } = LedgerHtml.StyleSheet + "\n" + """
        header.site{background:#1f1f1f;padding:.5rem 1rem}
        header.site nav{max-width:72rem;margin:0 auto;display:flex;flex-wrap:wrap;gap:1rem;align-items:baseline}
        header.site a{color:#fff;text-decoration:none}
        header.site a.brand{font-weight:700;letter-spacing:.02em}
        main{padding-bottom:2rem}
        form.search{display:flex;gap:.5rem;margin:1rem 0;flex-wrap:wrap}
        form.search input[type=search]{flex:1 1 14rem;min-width:0;padding:.4rem;font:inherit}
        button,input[type=submit]{font:inherit;padding:.4rem .9rem;cursor:pointer}
        ul.stories{list-style:none;padding:0}
        ul.stories li{padding:.6rem 0;border-bottom:1px solid var(--line)}
        ul.stories .headline{display:block;font-size:.9rem}
        .actions{display:flex;flex-wrap:wrap;gap:.8rem;font-size:.9rem}
        article.report{max-width:46rem}
        article.report p{margin:.7rem 0;overflow-wrap:anywhere}
        article.report p.role{color:var(--muted);font-size:.85rem;border-left:3px solid var(--line);padding-left:.6rem}
        article.report p.role::before{content:attr(data-role) ": ";font-weight:600}
        .fig{background:#ffe58a;border-bottom:2px solid #c9a400;position:relative;cursor:help;padding:0 .1rem}
        .fig.other{background:none;border-bottom:1px dotted var(--muted)}
        .fig .tip{display:none;position:absolute;left:0;top:1.6em;z-index:2;min-width:14rem;max-width:80vw;background:#1f1f1f;color:#fff;
          font-size:.8rem;line-height:1.35;padding:.4rem .6rem;border-radius:.3rem;white-space:normal}
        .fig:hover .tip,.fig:focus .tip,.fig:focus-within .tip{display:block}
        form.add fieldset{border:1px solid var(--line);margin:1rem 0;padding:.6rem 1rem}
        form.add label{display:block;margin:.4rem 0 .1rem;font-weight:600}
        form.add input[type=text],form.add input[type=url],form.add input[type=date],form.add input[type=password],form.add textarea{width:100%;font:inherit;padding:.35rem}
        form.add textarea{min-height:12rem}
        .outcome{padding:.5rem .8rem;border-radius:.3rem;background:var(--soft);margin:.4rem 0}
        .outcome.failed{color:var(--warn);border:1px solid var(--warn)}
        section.changes{margin:1rem 0;padding:.4rem .9rem;background:var(--soft);border-radius:.3rem}
        section.changes h2{font-size:1.05rem;margin:.3rem 0}
        ul.changes{list-style:none;padding:0;margin:.3rem 0}
        ul.changes li{padding:.2rem 0}
        .change.revised-down,.change.revised-up,.change.down{color:var(--warn)}
        """;
}
