using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep extract</c>: every humanitarian figure in each report, one record per figure.</summary>
public static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var paths = ReportInputs.Paths();
        var manifest = ReportInputs.Manifest();
        var format = new Option<string>("--format", "-f")
        {
            Description = "table (readable), jsonl (one figure record a line) or csv (UTF-8 with a byte-order mark, for spreadsheets).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv");
        var all = new Option<bool>("--all")
        {
            Description = "Also emit quantities that are not humanitarian figures (measure 'other', each with its kind: count, money, share, duration …; not years, dates, clock times, ordinals or numbers in names) and figures in repeated passages.",
        };
        var options = new CommonInputOptions();

        var command = new Command("extract", "Read reports and list every humanitarian figure: value, hedge, measure, source, as-of time, and the sentence it came from.")
        {
            paths, manifest, format, all,
        };
        options.AddTo(command, manifests: true);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            context,
            parse.GetValue(paths) ?? [],
            parse.GetValue(manifest),
            parse.GetValue(format)!,
            parse.GetValue(all),
            options.Read(parse, context),
            cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, string? manifest, string format, bool all,
        InputSettings settings, CancellationToken cancellationToken)
    {
        if (paths.Length == 0 && manifest is null)
        {
            context.Error.WriteLine("sitrep extract: give report files or folders, or --manifest FILE. Try 'sitrep extract --help'.");
            return ExitCodes.Usage;
        }

        if (settings.Failure is not null)
        {
            context.Error.WriteLine($"sitrep extract: {settings.Failure}");
            return ExitCodes.Usage;
        }

        var progress = new ProgressReporter(context, "read");
        // Without --all only counts are printed, and what no count needs is left undone (FigureUse.Counts).
        var reader = new ExtractingReader(context, settings, progress, all ? FigureUse.All : FigureUse.Counts);
        var sink = FigureSink.For(format, context);
        int figures = 0;

        foreach (var (article, result) in reader.Read(paths, manifest, cancellationToken))
        {
            var offsets = new CodePointOffsets(article.Text);
            foreach (var figure in result.Figures)
            {
                if (Printed(figure, all))
                {
                    sink.Add(figure, offsets, FigureContext.Of(article, figure));
                    figures++;
                }
            }
        }

        sink.Complete();
        progress.Finish();
        string failed = reader.Failures == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $", {reader.Failures} input(s) failed");
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sitrep extract: {reader.Reports} report(s), {figures} figure(s){failed} in {progress.Elapsed.TotalSeconds:0.0} s"));
        return reader.Failures == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
    }

    /// <summary>
    /// Whether a figure is printed: a count of people or things, not a repeat of one said before; with
    /// <paramref name="all"/> any quantity. Never a year, a date, a clock time, an ordinal or a number in a name.
    /// </summary>
    private static bool Printed(Figure figure, bool all) =>
        (all || FigureUses.IsCount(figure)) && (figure.Measure != Measure.Other || Core.Mentions.Mention.IsQuantityKind(figure.Kind));

    /// <summary>Writes figures in one output format.</summary>
    private abstract class FigureSink
    {
        public static FigureSink For(string format, CliContext context) => format switch
        {
            "jsonl" => new JsonLinesSink(context.Out),
            "csv" => new CsvSink(context.Out),
            _ => new TableSink(context.Console),
        };

        public abstract void Add(Figure figure, CodePointOffsets offsets, FigureContext context);

        public virtual void Complete()
        {
        }
    }

    private sealed class JsonLinesSink(TextWriter output) : FigureSink
    {
        private readonly System.Buffers.ArrayBufferWriter<byte> _bytes = new(4096);
        private readonly Utf8JsonWriter _writer = new(Stream.Null, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        private char[] _chars = new char[4096];

        public override void Add(Figure figure, CodePointOffsets offsets, FigureContext context)
        {
            // One writer and two buffers for every record: a record is written as UTF-8, then handed to the output as
            // characters, with nothing allocated for it.
            _bytes.ResetWrittenCount();
            _writer.Reset(_bytes);
            FigureJson.Write(_writer, figure, offsets, context.Page);
            _writer.Flush();
            var utf8 = _bytes.WrittenSpan;
            if (_chars.Length < utf8.Length)
            {
                _chars = new char[utf8.Length * 2];
            }

            int n = System.Text.Encoding.UTF8.GetChars(utf8, _chars);
            output.Write(_chars, 0, n);
            output.WriteLine();
        }
    }

    private sealed class CsvSink : FigureSink
    {
        private readonly TextWriter _output;

        public CsvSink(TextWriter output)
        {
            _output = output;
            _output.Write(FigureCsv.ByteOrderMark);
            _output.WriteLine(FigureCsv.Header);
        }

        public override void Add(Figure figure, CodePointOffsets offsets, FigureContext context) => _output.WriteLine(FigureCsv.Row(figure, offsets, context));
    }

    private sealed class TableSink(IAnsiConsole console) : FigureSink
    {
        private readonly List<Figure> _figures = [];

        public override void Add(Figure figure, CodePointOffsets offsets, FigureContext context) => _figures.Add(figure);

        public override void Complete() => console.Write(FigureTable.Build(_figures));
    }
}
