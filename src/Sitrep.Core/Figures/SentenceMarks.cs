using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Figures;

/// <summary>
/// What the figure readers ask about the tokens of one sentence, each answered once however many numbers ask it: a
/// token's function-word roles (<c>grammar-words.tsv</c>), the measure and reporting phrases that start or end at it,
/// and the sentence's event words. One is made per report and moved from sentence to sentence (<see cref="Reset"/>), its
/// buffers reused; it is read by one thread and dropped with the report.
/// </summary>
public sealed class SentenceMarks
{
    private const byte Unknown = 0, Absent = 1, Present = 2;

    /// <summary>A bit no role uses, set on a token's roles once they have been looked up.</summary>
    private const WordRole LookedUp = (WordRole)(1 << 30);

    private readonly LexiconSet _lexicons;
    private WordRole[]? _roles;
    private Memo<MeasureCue>? _measureAt;
    private Memo<MeasureCue>? _measureEndingAt;
    private Memo<ReportingKind>? _reportingAt;
    private Memo<ReportingKind>? _reportingEndingAt;
    private readonly List<(int Token, EventCue Cue)> _events = [];

    private FigureContext? _context;
    private int _length;
    private bool _eventsRead;

    public SentenceMarks(TokenView view, LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicons = lexicons;
        Reset(view);
    }

    public TokenView View { get; private set; }

    /// <summary>The working draft lent to each number of the sentence in turn.</summary>
    internal FigureContext Context => _context ??= new FigureContext(this);

    /// <summary>Moves the marks to another sentence, forgetting what was found in the one before.</summary>
    public void Reset(TokenView view)
    {
        if (_length > 0)
        {
            if (_roles is not null)
            {
                Array.Clear(_roles, 0, Math.Min(_length, _roles.Length));
            }

            _measureAt?.Clear(_length);
            _measureEndingAt?.Clear(_length);
            _reportingAt?.Clear(_length);
            _reportingEndingAt?.Clear(_length);
        }

        View = view;
        _length = view.End - view.First;
        _events.Clear();
        _eventsRead = false;
    }

    public LexiconSet Lexicons => _lexicons;

    /// <summary>Whether token <paramref name="k"/> is a word with any of <paramref name="role"/>.</summary>
    public bool Has(int k, WordRole role)
    {
        if (k < View.First || k >= View.End || !View[k].IsWord)
        {
            return false;
        }

        if (_roles is null || _roles.Length < _length)
        {
            _roles = new WordRole[Math.Max(_length, 2 * (_roles?.Length ?? 16))];
        }

        ref var roles = ref _roles[k - View.First];
        if (roles == WordRole.None)
        {
            roles = _lexicons.Grammar.RolesOf(View.Span(k)) | LookedUp;
        }

        return (roles & role) != 0;
    }

    /// <summary>The longest measure phrase starting at token <paramref name="k"/>.</summary>
    public bool MeasureAt(int k, out PhraseMatch<MeasureCue> match) =>
        Lookup(ref _measureAt, k, out match, static (LexiconSet l, in TokenView v, int at, out PhraseMatch<MeasureCue> m) => l.Measures.TryMatchAt(v.Text, v.Tokens, at, v.End, out m));

    /// <summary>The longest measure phrase ending just before token <paramref name="endExclusive"/>, within the sentence.</summary>
    public bool MeasureEndingAt(int endExclusive, out PhraseMatch<MeasureCue> match) =>
        Lookup(ref _measureEndingAt, endExclusive - 1, out match, static (LexiconSet l, in TokenView v, int last, out PhraseMatch<MeasureCue> m) => l.Measures.TryMatchEndingAt(v.Text, v.Tokens, last + 1, v.First, out m));

    /// <summary>A reporting verb ("said", "told") starting at token <paramref name="k"/>.</summary>
    public bool ReportingVerbAt(int k) =>
        Lookup(ref _reportingAt, k, out var m, static (LexiconSet l, in TokenView v, int at, out PhraseMatch<ReportingKind> r) => l.Reporting.TryMatchAt(v.Text, v.Tokens, at, v.End, out r))
        && m.Value == ReportingKind.Verb;

    /// <summary>A reporting verb ending just before token <paramref name="endExclusive"/>.</summary>
    public bool ReportingVerbEndingAt(int endExclusive) =>
        Lookup(ref _reportingEndingAt, endExclusive - 1, out var m, static (LexiconSet l, in TokenView v, int last, out PhraseMatch<ReportingKind> r) => l.Reporting.TryMatchEndingAt(v.Text, v.Tokens, last + 1, v.First, out r))
        && m.Value == ReportingKind.Verb;

    /// <summary>The event words of the sentence, in order.</summary>
    public IReadOnlyList<(int Token, EventCue Cue)> Events
    {
        get
        {
            if (!_eventsRead)
            {
                _eventsRead = true;
                var v = View;
                for (int j = v.First; j < v.End; j++)
                {
                    if (v[j].IsWord && _lexicons.Events.TryMatchAt(v.Text, v.Tokens, j, v.End, out var match))
                    {
                        _events.Add((j, match.Value));
                        j = match.End - 1;
                    }
                }
            }

            return _events;
        }
    }

    private delegate bool Matcher<T>(LexiconSet lexicons, in TokenView v, int k, out PhraseMatch<T> match);

    private bool Lookup<T>(ref Memo<T>? memo, int k, out PhraseMatch<T> match, Matcher<T> matcher)
    {
        match = default;
        var v = View;
        if (k < v.First || k >= v.End || v[k].Kind == TokenKind.Number)
        {
            return false;
        }

        if (memo is null || memo.State.Length < _length)
        {
            memo = new Memo<T>(Math.Max(_length, 2 * (memo?.State.Length ?? 16)));
        }

        int at = k - v.First;
        if (memo.State[at] == Unknown)
        {
            bool found = matcher(_lexicons, v, k, out var m);
            memo.State[at] = found ? Present : Absent;
            memo.Matches[at] = m;
        }

        match = memo.Matches[at];
        return memo.State[at] == Present;
    }

    private sealed class Memo<T>(int length)
    {
        public byte[] State { get; } = new byte[length];

        public PhraseMatch<T>[] Matches { get; } = new PhraseMatch<T>[length];

        public void Clear(int length) => Array.Clear(State, 0, Math.Min(length, State.Length));
    }
}
