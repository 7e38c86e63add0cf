using System.Text;
using Sitrep.Core;
using Sitrep.Core.Ledger;
using Sitrep.Store;

namespace Sitrep.Web.Shared;

/// <summary>
/// A stored story with the ledger built from it, and its page and JSON encoded once: every request for an
/// unchanged story is answered from the same bytes (a 1,000-report story's page is about 10 MB; copying it
/// per request is what made 200 concurrent readers need gigabytes). A changed story gets a new view.
/// </summary>
public sealed class StoryView(StoryContents contents, StoryLedger ledger)
{
    private readonly Lock _sync = new();
    private byte[]? _page;
    private byte[]? _json;

    public StoryContents Contents { get; } = contents;

    public StoryLedger Ledger { get; } = ledger;

    public IReadOnlyDictionary<string, string> Texts { get; } =
        contents.Articles.ToDictionary(a => a.Article.Id, a => a.Article.Text, StringComparer.Ordinal);

    /// <summary>The story's whole page as UTF-8, rendered by the first caller; the others wait for it and share it.</summary>
    public byte[] Page(Func<StoryView, string> renderBody)
    {
        ArgumentNullException.ThrowIfNull(renderBody);
        lock (_sync)
        {
            return _page ??= Shared.Page.Utf8(Ledger.Title, renderBody(this));
        }
    }

    /// <summary>The story's ledger as JSON (<c>sitrep report --format json</c>'s story object), UTF-8, encoded once.</summary>
    public byte[] Json()
    {
        lock (_sync)
        {
            return _json ??= Encoding.UTF8.GetBytes(LedgerJson.StoryToString(Ledger, Texts));
        }
    }
}
