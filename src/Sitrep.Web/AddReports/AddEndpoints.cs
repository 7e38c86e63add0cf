using System.Text;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sitrep.Core;
using Sitrep.Ingest;
using Sitrep.Ingest.Text;
using Sitrep.Ingest.Web;
using Sitrep.Store;
using Sitrep.Web.Contracts;
using Sitrep.Web.Shared;

namespace Sitrep.Web.AddReports;

/// <summary>A report to add through the API: its text with what is known about it, or only a URL (a page or a feed) to fetch.</summary>
public sealed record AddReportRequest(
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("language")] string? Language);

/// <summary>Adding reports: the form page and <c>POST /api/reports</c>.</summary>
public static class AddEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SitrepServerOptions options, ReportAdder adder, WritePolicy policy, LedgerCache ledgers)
    {
        app.MapGet("/add", () => Page.Html("Add reports", AddPage.Form(policy, null, null))).ExcludeFromDescription();

        app.MapPost("/add", async (HttpContext http, CancellationToken cancellationToken) =>
        {
            if (CrossSite(http.Request))
            {
                return Page.Error(StatusCodes.Status403Forbidden, "Refused", "This form can only be sent from Sitrep's own pages.");
            }

            IFormCollection form;
            try
            {
                form = await http.Request.ReadFormAsync(cancellationToken);
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
            {
                return Page.Error(StatusCodes.Status400BadRequest, "Could not read the form", e.Message);
            }

            if (policy.Refusal(form[WritePolicy.FormField].ToString()) is { } refusal)
            {
                return Page.Html("Add reports", AddPage.Form(policy, refusal, null), policy.WritesEnabled ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden);
            }

            var request = new AddReportRequest(form["text"], form["title"], form["outlet"], form["published"], form["url"], null);
            var inputs = await Inputs(request, form.Files, options, cancellationToken);
            if (inputs.Problem is { } problem)
            {
                return Page.Html("Add reports", AddPage.Form(policy, problem, request), StatusCodes.Status400BadRequest);
            }

            var added = adder.Add(inputs.Items, cancellationToken);
            WarmStories(ledgers, added);
            return Page.Html("Reports added", AddPage.Outcome(added), added.All(a => a.Failed) ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);
        }).ExcludeFromDescription().DisableAntiforgery();

        app.MapPost("/api/reports", async Task<Results<Created<AddedReports>, ProblemHttpResult>> (AddReportRequest request, HttpContext http, CancellationToken cancellationToken) =>
        {
            if (policy.Refusal(http.Request.Headers[WritePolicy.HeaderName].ToString()) is { } refusal)
            {
                return policy.WritesEnabled ? Problems.Unauthorized(refusal) : Problems.Forbidden(refusal);
            }

            var inputs = await Inputs(request, null, options, cancellationToken);
            if (inputs.Problem is { } problem)
            {
                return Problems.BadRequest(problem);
            }

            var added = adder.Add(inputs.Items, cancellationToken);
            WarmStories(ledgers, added);
            if (added.All(a => a.Failed))
            {
                return Problems.Unprocessable("Nothing added", string.Join("; ", added.Select(a => $"{a.Input}: {a.Failure}")));
            }

            string? location = added.Count(a => !a.Failed) == 1 ? "/api/reports/" + Uri.EscapeDataString(added.Single(a => !a.Failed).Id!) : null;
            var body = new AddedReports(added.Select(a => new AddedReportItem(a.Input, a.Id, a.Disposition is { } d ? Disposition(d) : null,
                a.Version, a.Figures, a.StoryId, a.Failure)).ToList());
            return TypedResults.Created(location, body);
        })
        .WithTags("Reports")
        .WithSummary("Add a report")
        .WithDescription("Give `text` (with `title`, `outlet`, `published` as YYYY-MM-DD, `url`, `language` when known), or only `url` to fetch a page or a feed with the same rules as `sitrep ingest`. The report is stored with its figures and joins a story. When the server has an API key, send it in the X-Api-Key header.")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .DisableAntiforgery();
    }

    /// <summary>Rebuilds the touched stories' ledgers in the background, so their pages open at once.</summary>
    private static void WarmStories(LedgerCache ledgers, IReadOnlyList<AddedReport> added)
    {
        var stories = added.Select(a => a.StoryId).OfType<string>().ToList();
        if (stories.Count > 0)
        {
            _ = Task.Run(() =>
            {
                try
                {
                    ledgers.Warm(stories);
                }
                catch (Exception e) when (e is StoreException or ObjectDisposedException or InvalidOperationException)
                {
                    // only a head start: the story's page builds its ledger when it is read
                }
            });
        }
    }

    public static string Disposition(ArticleDisposition disposition) => disposition switch
    {
        ArticleDisposition.New => "new",
        ArticleDisposition.Unchanged => "unchanged",
        ArticleDisposition.NewVersion => "new version",
        _ => disposition.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// A browser form post from another site (the server's address in a hostile page's form). Browsers say
    /// where a post came from in <c>Sec-Fetch-Site</c> or <c>Origin</c>; a post that says neither (curl) is let through.
    /// </summary>
    private static bool CrossSite(HttpRequest request)
    {
        string site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is not ("same-origin" or "none");
        }

        string origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }

    private sealed record InputList(List<(string Input, ReadOutcome Outcome)> Items, string? Problem);

    private static async Task<InputList> Inputs(AddReportRequest request, IFormFileCollection? files, SitrepServerOptions options, CancellationToken cancellationToken)
    {
        var items = new List<(string, ReadOutcome)>();
        TimePoint? published = null;
        if (!string.IsNullOrWhiteSpace(request.Published))
        {
            if (!TimePoint.TryParse(request.Published.Trim(), out var parsed))
            {
                return new InputList(items, $"published '{request.Published}' is not a date: give YYYY-MM-DD");
            }

            published = parsed;
        }

        var reader = new TextArticleReader(options.MaxReportBytes);
        if (!string.IsNullOrWhiteSpace(request.Text))
        {
            var entry = new ManifestEntry("", "", Blank(request.Outlet), published?.ToIso(), Blank(request.Url), Blank(request.Title), Blank(request.Language));
            items.Add(("pasted text", reader.ReadText(ReportAdder.PastedId(request.Title, request.Text), request.Text, entry, "pasted text")));
        }
        else if (!string.IsNullOrWhiteSpace(request.Url))
        {
            string url = request.Url.Trim();
            if (!UrlReader.IsUrl(url))
            {
                return new InputList(items, $"'{url}' is not an http or https address");
            }

            using var source = new ReportSource(options.Sources, reader);
            items.AddRange(await Task.Run(() => source.ReadInput(url, cancellationToken).Select(o => (url, o)).ToList(), cancellationToken));
        }

        if (files is { Count: > 0 })
        {
            string folder = Directory.CreateTempSubdirectory("sitrep-upload-").FullName;
            try
            {
                using var source = new ReportSource(options.Sources with { Offline = true }, reader);
                foreach (var file in files.Where(f => f.Length > 0 || f.FileName.Length > 0))
                {
                    string name = SafeFileName(file.FileName);
                    if (file.Length > options.MaxReportBytes)
                    {
                        items.Add((name, ReadOutcome.Fail(name, "too-large", $"file is over the {options.MaxReportBytes / (1024 * 1024)} MiB limit for one report")));
                        continue;
                    }

                    string path = Path.Combine(folder, name);
                    await using (var stream = File.Create(path))
                    {
                        await file.CopyToAsync(stream, cancellationToken);
                    }

                    items.AddRange(source.ReadInput(path, cancellationToken).Select(o => (name, o with { Article = o.Article is null ? null : o.Article with { Origin = "upload: " + name } })));
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return items.Count == 0
            ? new InputList(items, "nothing to add: paste a report's text, give a URL, or choose files")
            : new InputList(items, null);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The uploaded file's own name without any folder, odd characters replaced; a report extension kept.</summary>
    private static string SafeFileName(string given)
    {
        string name = Path.GetFileName(given.Replace('\\', '/'));
        var safe = new StringBuilder();
        foreach (char c in name)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        string result = safe.ToString().Trim('.');
        if (result.Length == 0)
        {
            result = "upload.txt";
        }

        return ReportSource.ReportExtensions.Contains(Path.GetExtension(result).ToLowerInvariant()) ? result : result + ".txt";
    }
}
