using System.Globalization;
using Sitrep.Core;
using Sitrep.Ingest.Html;
using Sitrep.Ingest.Web;

namespace Sitrep.Ingest.Feeds;

/// <summary>
/// Turns a feed into articles, one per item. An item that carries its full text (a long
/// <c>content:encoded</c> or Atom <c>content</c>) is read from the feed; an item that holds only a
/// summary is followed to its page when a page loader is given (fetching allowed), and the page is
/// read as any web page, the feed filling in what the page lacks. When the page cannot be read, or
/// fetching is not allowed, the summary is kept and a note says so.
/// </summary>
public sealed class FeedArticleReader
{
    /// <summary>Content with fewer words than this is a summary, not the article.</summary>
    public const int MinFullTextWords = 150;

    private readonly HtmlArticleReader _html;
    private readonly Func<string, ReadOutcome>? _loadPage;
    private readonly int _maxFollowed;
    private readonly TimeSpan _followBudget;
    private readonly TimeProvider _time;

    /// <param name="loadPage">Reads the page behind an item's link; null when fetching is not allowed.</param>
    /// <param name="limits">How many items, and how much time, following may take per feed (<see cref="FetchOptions.MaxFollowedItems"/>, <see cref="FetchOptions.FollowBudget"/>); the defaults when null.</param>
    public FeedArticleReader(HtmlArticleReader html, Func<string, ReadOutcome>? loadPage, FetchOptions? limits = null, TimeProvider? time = null)
    {
        _html = html;
        _loadPage = loadPage;
        limits ??= new FetchOptions();
        _maxFollowed = limits.MaxFollowedItems;
        _followBudget = limits.FollowBudget;
        _time = time ?? TimeProvider.System;
    }

    /// <param name="input">The feed's path or URL, for messages.</param>
    /// <param name="feedUrl">The feed's URL when it was fetched: the base for relative item links.</param>
    /// <param name="cancellationToken">Stops between items (and inside a page being fetched, through the page loader).</param>
    /// <param name="skipItem">Items to leave out, by the article id they would get, before they are read or followed; null reads all.</param>
    public IEnumerable<ReadOutcome> Read(Stream stream, string input, string? feedUrl = null, CancellationToken cancellationToken = default, Func<string, bool>? skipItem = null)
    {
        int number = 0;
        var follow = new FollowBudget(_maxFollowed, _followBudget, _time);
        foreach (var entry in FeedReader.Read(stream, _html.Options.MaxBytes * 4))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Error is not null)
            {
                yield return ReadOutcome.Fail(input, "bad-feed", entry.Error);
                yield break;
            }

            number++;
            if (ReadItem(entry.Item!, entry.Channel, input, feedUrl, number, follow, skipItem) is { } outcome)
            {
                yield return outcome;
            }
        }

        if (number == 0)
        {
            yield return ReadOutcome.Fail(input, "empty-feed", "the feed holds no items");
        }
    }

    private ReadOutcome? ReadItem(FeedItem item, FeedChannel channel, string input, string? feedUrl, int number, FollowBudget follow, Func<string, bool>? skipItem)
    {
        string where = string.Create(CultureInfo.InvariantCulture, $"{input} (item {number})");
        string? link = PageMetadataReader.AbsoluteUrl(item.Link, feedUrl ?? channel.Link);
        string? title = item.Title is { } t ? ArticleTextBuilder.Normalize(System.Net.WebUtility.HtmlDecode(t)) : null;
        // An item without a guid or link is named by its content, never its position in the feed.
        string id = item.Id is { } given ? ArticleIds.FromGiven(given) : link is not null ? ArticleIds.FromUrl(link)
            : ArticleIds.FromContent(ArticleIds.FromGiven(Path.GetFileNameWithoutExtension(input)), title, item.Content ?? item.Summary ?? "");
        if (skipItem?.Invoke(id) == true)
        {
            return null;
        }

        var published = DateTextParser.ParseValue(item.Published);
        string? outlet = channel.Title ?? PageMetadataReader.Host(channel.Link ?? link);

        var content = item.Content is { } c ? _html.ReadFragment(c) : [];
        if (Words(content) >= MinFullTextWords)
        {
            return ReadOutcome.Ok(Build(id, title, content, outlet, link, published, channel.Language, where));
        }

        var notes = new List<Diagnostic>();
        string? spent = link is not null && _loadPage is not null ? follow.Spent() : null;
        if (spent is not null)
        {
            notes.Add(new Diagnostic(DiagnosticSeverity.Warning, "follow-cap",
                $"holds only a summary, and its page was not fetched: {spent}; kept the summary", where));
        }
        else if (link is not null && _loadPage is not null)
        {
            follow.Take();
            var page = _loadPage(link);
            if (page.Article is { } article)
            {
                return page with
                {
                    Article = article with
                    {
                        Id = id,
                        Title = article.Title ?? title,
                        Outlet = article.Outlet ?? outlet,
                        Published = article.Published ?? published,
                        Url = article.Url ?? link,
                        Language = article.Language ?? PageMetadataReader.LanguageCode(channel.Language),
                    },
                };
            }

            notes.Add(new Diagnostic(DiagnosticSeverity.Warning, "link-failed",
                $"holds only a summary, and its page could not be read ({page.Failure!.Message}); kept the summary", where));
        }
        else if (link is not null)
        {
            notes.Add(new Diagnostic(DiagnosticSeverity.Warning, "summary-only",
                "holds only a summary; its page was not fetched (reading offline)", where));
        }

        var summary = content.Count > 0 ? content : item.Summary is { } s ? _html.ReadFragment(s) : [];
        if (summary.Count == 0 && title is null)
        {
            return new ReadOutcome(null, new Diagnostic(DiagnosticSeverity.Error, "empty-item", "the item has no title and no text", where)) { Notes = notes };
        }

        return ReadOutcome.Ok(Build(id, title, summary, outlet, link, published, channel.Language, where)) with { Notes = notes };
    }

    private static Article Build(string id, string? title, IReadOnlyList<MainTextBlock> blocks, string? outlet, string? url,
        TimePoint? published, string? language, string origin)
    {
        var text = new ArticleTextBuilder();
        if (title is not null)
        {
            text.Add(title, BlockRole.Title);
        }

        foreach (var block in blocks)
        {
            text.Add(block.Text, block.Role);
        }

        var (articleText, articleBlocks) = text.Build();
        return new Article
        {
            Id = id,
            Text = articleText,
            Blocks = articleBlocks,
            Title = title,
            Outlet = outlet,
            Url = url,
            Published = published,
            Language = PageMetadataReader.LanguageCode(language),
            Origin = origin,
        };
    }

    private static int Words(IReadOnlyList<MainTextBlock> blocks) => blocks.Sum(b => PageRun.CountWords(b.Text));
}
