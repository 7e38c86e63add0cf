using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core.Ledger;

namespace Sitrep.Core;

/// <summary>
/// Story ledgers as JSON, the one shape the CLI, the store and the web API share:
/// <c>{"stories":[{"id","title","first","last","articles":[doc ids],"reports":[…],"series":[{"id","label",
/// "measure","unit","event","subject","historical","main","points":[{"id","doc","value","qualifier","low","high",
/// "as_of","published","source","outlet","quote","text","start","end","independent","echo_of"…}],"relations":[…],
/// "estimate":{"best","low","high","as_of","basis","qualifier","source","rule","chosen","supporting":[figure ids],
/// "excluded":[{"id","value","reason","by","note"}]},"flags":[…],"kind","part","part_of"}]}]}</c>.
/// Offsets are code points into the report's text (see <see cref="CodePointOffsets"/>). A number that is
/// infinite or undefined ("at least 68" has no upper bound) is written as <c>null</c>, never as invalid JSON.
/// </summary>
public static class LedgerJson
{
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>Writes <c>{"stories":[…]}</c> to <paramref name="output"/>, indented. <paramref name="texts"/> maps a doc id to its report's text, for code-point offsets; without it offsets stay UTF-16.</summary>
    public static void Write(TextWriter output, IReadOnlyList<StoryLedger> stories, IReadOnlyDictionary<string, string>? texts = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            Write(writer, stories, OffsetsFrom(texts));
        }

        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.WriteLine();
    }

    /// <summary>Writes <c>{"stories":[…]}</c>.</summary>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<StoryLedger> stories, Func<string, CodePointOffsets?>? offsetsOf = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(stories);
        writer.WriteStartObject();
        writer.WriteStartArray("stories");
        foreach (var story in stories)
        {
            WriteStory(writer, story, offsetsOf);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>One story's ledger as a compact JSON object (what the store caches and the web API serves).</summary>
    public static string StoryToString(StoryLedger story, IReadOnlyDictionary<string, string>? texts = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteStory(writer, story, OffsetsFrom(texts));
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes one story's ledger as an object.</summary>
    public static void WriteStory(Utf8JsonWriter writer, StoryLedger story, Func<string, CodePointOffsets?>? offsetsOf = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(story);
        writer.WriteStartObject();
        writer.WriteString("id", story.Id);
        writer.WriteString("title", story.Title);
        writer.WriteString("first", story.First?.ToIso());
        writer.WriteString("last", story.Last?.ToIso());
        WriteStrings(writer, "articles", story.Articles.Select(a => a.Id));
        writer.WriteStartArray("reports");
        foreach (var article in story.Articles)
        {
            WriteArticle(writer, article);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("series");
        foreach (var series in story.Series)
        {
            WriteSeries(writer, series, offsetsOf);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one series as an object: its identity, points in the ledger's order, relations, estimate and flags.</summary>
    public static void WriteSeries(Utf8JsonWriter writer, Series series, Func<string, CodePointOffsets?>? offsetsOf = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(series);
        writer.WriteStartObject();
        writer.WriteString("id", series.Id);
        writer.WriteString("label", series.Label);
        writer.WriteString("measure", series.Measure.Name());
        writer.WriteString("unit", series.Unit);
        writer.WriteString("event", series.Event);
        writer.WriteString("subject", series.Subject);
        writer.WriteBoolean("historical", series.Historical);
        writer.WriteBoolean("main", series.Main);
        writer.WriteString("kind", EstimateText.KindName(series.Kind));
        writer.WriteString("part", series.Part);
        writer.WriteString("part_of", series.PartOf);
        writer.WriteStartArray("points");
        foreach (var point in series.Points)
        {
            WritePoint(writer, point, offsetsOf?.Invoke(point.Doc));
        }

        writer.WriteEndArray();
        writer.WriteStartArray("relations");
        foreach (var relation in series.Relations)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", relation.Kind.ToString().ToLowerInvariant());
            writer.WriteString("from", relation.From);
            writer.WriteString("to", relation.To);
            writer.WriteString("note", relation.Note);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        var estimate = series.Estimate;
        writer.WriteStartObject("estimate");
        WriteNumber(writer, "best", estimate.Best);
        WriteNumber(writer, "low", estimate.Low);
        WriteNumber(writer, "high", estimate.High);
        writer.WriteString("as_of", estimate.AsOf?.ToIso());
        writer.WriteString("basis", EstimateText.Basis(series));
        writer.WriteString("qualifier", estimate.Qualifier.Name());
        writer.WriteString("source", estimate.Source);
        writer.WriteString("rule", EstimateText.RuleName(estimate.Rule));
        writer.WriteString("chosen", estimate.Chosen?.Id);
        WriteStrings(writer, "supporting", estimate.Supporting.Select(c => c.Id));
        writer.WriteStartArray("excluded");
        foreach (var exclusion in estimate.Excluded)
        {
            writer.WriteStartObject();
            writer.WriteString("id", exclusion.Claim.Id);
            WriteNumber(writer, "value", exclusion.Claim.Value);
            writer.WriteString("reason", EstimateText.ReasonName(exclusion.Reason));
            writer.WriteString("by", exclusion.By?.Id);
            writer.WriteString("note", EstimateText.Exclusion(exclusion));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        WriteStrings(writer, "flags", EstimateText.Flags(series.Flags));
        writer.WriteEndObject();
    }

    /// <summary>A number, or null when it is infinite or NaN (JSON has no such numbers).</summary>
    public static void WriteNumber(Utf8JsonWriter writer, string name, double value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Code-point offsets per doc id from the reports' texts, each built once.</summary>
    public static Func<string, CodePointOffsets?>? OffsetsFrom(IReadOnlyDictionary<string, string>? texts)
    {
        if (texts is null)
        {
            return null;
        }

        var cache = new Dictionary<string, CodePointOffsets>(StringComparer.Ordinal);
        return doc =>
        {
            if (cache.TryGetValue(doc, out var known))
            {
                return known;
            }

            if (!texts.TryGetValue(doc, out string? text))
            {
                return null;
            }

            var offsets = new CodePointOffsets(text);
            cache[doc] = offsets;
            return offsets;
        };
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteArticle(Utf8JsonWriter writer, LedgerArticle article)
    {
        writer.WriteStartObject();
        writer.WriteString("id", article.Id);
        writer.WriteString("title", article.Title);
        writer.WriteString("outlet", article.Outlet);
        writer.WriteString("url", article.Url);
        writer.WriteString("published", article.Published?.ToIso());
        writer.WriteString("copy_of", article.CopyOf);
        writer.WriteString("copy_kind", article.CopyKind);
        WriteStrings(writer, "wires", article.Wires);
        writer.WriteEndObject();
    }

    private static void WritePoint(Utf8JsonWriter writer, LedgerPoint point, CodePointOffsets? offsets)
    {
        var figure = point.Figure;
        var (low, high) = point.Interval;
        writer.WriteStartObject();
        writer.WriteString("id", figure.Id);
        writer.WriteString("doc", figure.Doc);
        WriteNumber(writer, "value", figure.Value);
        writer.WriteString("qualifier", figure.Qualifier.Name());
        WriteNumber(writer, "low", low);
        WriteNumber(writer, "high", high);
        writer.WriteString("as_of", point.AsOf?.ToIso());
        writer.WriteBoolean("as_of_defaulted", figure.Has(FigureFlags.AsOfDefaulted));
        writer.WriteString("published", point.Published?.ToIso());
        writer.WriteString("source", figure.Source);
        writer.WriteString("source_text", figure.SourceText);
        writer.WriteString("outlet", point.Outlet);
        writer.WriteString("quote", figure.Quote);
        writer.WriteString("text", figure.Text);
        writer.WriteNumber("start", offsets?.Convert(figure.Span.Start) ?? figure.Span.Start);
        writer.WriteNumber("end", offsets?.Convert(figure.Span.End) ?? figure.Span.End);
        writer.WriteNumber("sentence_start", offsets?.Convert(figure.SentenceSpan.Start) ?? figure.SentenceSpan.Start);
        writer.WriteNumber("sentence_end", offsets?.Convert(figure.SentenceSpan.End) ?? figure.SentenceSpan.End);
        writer.WriteBoolean("independent", point.Independent);
        writer.WriteString("echo_of", point.EchoOf);
        WriteStrings(writer, "figure_flags", FigureJson.FlagNames.Where(f => figure.Has(f.Flag)).Select(f => f.Name));
        writer.WriteEndObject();
    }
}
