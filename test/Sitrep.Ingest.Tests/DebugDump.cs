using Sitrep.Ingest.Html;
using Xunit;

namespace Sitrep.Ingest.Tests;

public sealed class DebugDump
{
    [Fact]
    public void Dump()
    {
        string? path = Environment.GetEnvironmentVariable("DUMP_PAGE");
        if (path is null) { return; }
        var outcome = new HtmlArticleReader().Read(path);
        using var w = new StreamWriter("/tmp/dump.txt");
        if (outcome.Failure is { } f) { w.WriteLine("FAIL " + f.Message); }
        if (outcome.Article is { } a)
        {
            w.WriteLine($"title={a.Title}\noutlet={a.Outlet}\npub={a.Published}\nurl={a.Url}\nlang={a.Language}");
            foreach (var b in a.Blocks) { w.WriteLine($"[{b.Role}] {a.Text.Substring(b.Span.Start, b.Span.Length)}"); }
        }
        w.WriteLine("---- dropped");
        foreach (var d in outcome.Dropped) { w.WriteLine($"({d.Reason}) {(d.Text.Length > 150 ? d.Text[..150] : d.Text)}"); }
    }
}
