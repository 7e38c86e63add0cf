using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Attribution;

/// <summary>
/// Finds who a sentence attributes its content to: "X said (that) …", "…, X said on Tuesday",
/// "…, said X", "according to X", "citing X", "X told reporters", and pronoun subjects ("It added",
/// "she said") that carry the previous sentence's source.
/// </summary>
public sealed class SourceAttributor
{
    private const int MaxSubjectTokens = 16;

    private static readonly WordList SkippableBeforeVerb = new(
        "also", "later", "earlier", "previously", "initially", "separately", "further", "meanwhile", "has", "have",
        "had", "would", "will", "was", "were", "is", "are", "been", "just", "already", "reportedly", "then", "recently",
        "again", "officially", "publicly", "first", "had", "subsequently", "repeatedly", "jointly", "since",
        "not", "did", "does", "do", "could", "may", "might", "must", "should", "has", "being");

    private static readonly string[] ParentheticalAdverbs =
    [
        "meanwhile", "however", "too", "though", "in turn", "for its part", "for his part", "for her part",
        "for their part", "separately", "moreover", "also", "in a statement", "later", "earlier",
    ];

    private static readonly WordList SubjectStops = new(
        "that", "as", "but", "while", "when", "after", "because", "since", "which", "who", "whom", "where", "if",
        "and", "or", "though", "although", "whereas", "amid", "before", "until", "so", "yet", "than");

    private static readonly string[] Pronouns = ["he", "she", "it", "they", "we", "i"];

    /// <summary>Words that open an adverbial phrase before the subject: "On Tuesday, …", "In a statement, …".</summary>
    private static readonly WordList OpeningWords = new(
        "on", "in", "at", "by", "as", "after", "before", "during", "since", "until", "following", "from", "within",
        "meanwhile", "separately", "elsewhere", "however", "overnight", "speaking", "asked", "this");

    private static readonly string[] CarriedNouns = ["statement", "report", "letter", "release", "communique", "bulletin", "post"];

    private static readonly string[] NounPhrasePrepositions = ["in", "of", "at", "for", "from", "on"];

    private readonly LexiconSet _lexicons;
    private readonly SourceCanonicalizer _canonicalizer;

    public SourceAttributor(LexiconSet lexicons)
    {
        _lexicons = lexicons;
        _canonicalizer = new SourceCanonicalizer(lexicons);
    }

    /// <summary>The attribution frames of a sentence, in order.</summary>
    /// <param name="previousSource">The last source named before this sentence, for pronoun subjects.</param>
    public List<SourceFrame> FindFrames(TokenView v, SourceMemory memory, string? previousSource) => FindFrames(v, memory, previousSource, []);

    /// <summary>The attribution frames of a sentence, in order, in <paramref name="frames"/> (emptied first: a report's sentences share one list).</summary>
    internal List<SourceFrame> FindFrames(TokenView v, SourceMemory memory, string? previousSource, List<SourceFrame> frames)
    {
        ArgumentNullException.ThrowIfNull(memory);
        frames.Clear();
        for (int k = v.First; k < v.End; k++)
        {
            if (!v[k].IsWord || !_lexicons.Reporting.TryMatchAt(v.Text, v.Tokens, k, v.End, out var match))
            {
                continue;
            }

            bool prep = match.Value != ReportingKind.Verb;
            var frame = prep
                ? PrepFrame(v, match, memory)
                : VerbFrame(v, match, memory, previousSource, frames);
            if (frame is not null)
            {
                // "local news reported, citing the ombudsman": the cited source is the one that counts;
                // so in "The agency reported 300 dead, citing local officials".
                if (prep && frames.Count > 0 && frames[^1].Scope != FrameScope.Sentence
                    && ((frames[^1].Scope == FrameScope.Before && match.Start - frames[^1].VerbEnd <= 2)
                        || (match.Value == ReportingKind.Cite && v.IsPunct(match.Start - 1, ',') && EndsClause(v, frame.End))))
                {
                    frames[^1] = frames[^1] with { Canonical = frame.Canonical, Raw = frame.Raw };
                    k = frame.SubjectEnd - 1;
                    continue;
                }

                frames.Add(frame);
                k = Math.Max(k, Math.Max(frame.VerbEnd, frame.SubjectEnd) - 1);
            }
        }

        SpeakerOfQuotedFirstPerson(v, frames);
        return frames;
    }

    /// <summary>
    /// '"We have counted 1,200 families," said Maria Example of the council': "we" and "I" in a quotation
    /// are its speaker, named by another frame of the sentence, not the source of the sentence before.
    /// </summary>
    private static void SpeakerOfQuotedFirstPerson(TokenView v, List<SourceFrame> frames)
    {
        for (int i = 0; i < frames.Count; i++)
        {
            var frame = frames[i];
            if (!frame.IsCarried || frame.End - frame.Start > 8 || !IsFirstPerson(v, frame))
            {
                continue;
            }

            if (SpeakerOf(frames, frame) is { } speaker)
            {
                frames[i] = frame with { Raw = speaker.Raw, Canonical = speaker.Canonical, IsCarried = false };
            }
        }
    }

    /// <summary>The frame that names who speaks in a quoted first person (a method of its own: the closures are made only for such a frame).</summary>
    private static SourceFrame? SpeakerOf(List<SourceFrame> frames, SourceFrame frame) =>
        frames.FirstOrDefault(f => !f.IsCarried && f.Scope == FrameScope.Before && f.Start >= frame.End)
        ?? frames.LastOrDefault(f => !f.IsCarried && f.Scope == FrameScope.After && f.End <= frame.Start);

    private static bool IsFirstPerson(TokenView v, SourceFrame frame)
    {
        for (int k = frame.Start; k < frame.VerbStart; k++)
        {
            if (v.IsAnyWord(k, "we", "i"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The frame whose content holds token <paramref name="token"/>: the nearest "X said" before it or "…, X said" after it.</summary>
    public static SourceFrame? FrameFor(IReadOnlyList<SourceFrame> frames, int token)
    {
        SourceFrame? best = null;
        int bestDistance = int.MaxValue;
        for (int f = 0; f < frames.Count; f++)
        {
            var frame = frames[f];
            int distance;
            if (frame.Scope is FrameScope.After or FrameScope.Sentence && token >= frame.End)
            {
                distance = token - frame.End;
            }
            else if (frame.Scope is FrameScope.Before or FrameScope.Sentence && token < frame.Start)
            {
                distance = frame.Start - token;
            }
            else
            {
                continue;
            }

            if (distance < bestDistance)
            {
                best = frame;
                bestDistance = distance;
            }
        }

        return best;
    }

    private SourceFrame? PrepFrame(TokenView v, PhraseMatch<ReportingKind> match, SourceMemory memory)
    {
        int k = match.End;
        int end = k;
        while (end < v.End && end - k < MaxSubjectTokens && !IsBoundary(v, end) && !v.IsWordAt(end, "that")
               && !(v[end].IsNumber && !v.IsCapitalized(end - 1)))
        {
            end++;
        }

        // "according to the ministry on Tuesday": a trailing time is not part of the name.
        while (end > k && IsTimeWord(v, end - 1))
        {
            end--;
        }

        // "by the governor of Varek province, Mira Dastan": an appositive name belongs to the source.
        if (end + 2 < v.End && v.IsPunct(end, ',') && v.IsCapitalized(end + 1) && v.IsCapitalized(end + 2))
        {
            int name = end + 1;
            while (name < v.End && name - end <= 3 && v.IsCapitalized(name))
            {
                name++;
            }

            if (name >= v.End || v.IsPunct(name, ',') || v.IsPunct(name, '.'))
            {
                end = name;
            }
        }

        if (end == k || !(IsSourcePhrase(v, k, end) || HasProperOrSourceWord(v, k, end)))
        {
            return null;
        }

        string raw = OneLine(v.SliceSpan(k, end));
        string canonical = _canonicalizer.Canonicalize(raw, memory);
        return new SourceFrame(match.Start, end, match.Start, match.End, raw, canonical, FrameScope.Sentence, IsCarried: false);
    }

    private SourceFrame? VerbFrame(TokenView v, PhraseMatch<ReportingKind> match, SourceMemory memory, string? previousSource, List<SourceFrame> frames)
    {
        // "…, adding that 45 were hurt", "…, saying …": a participle after a comma shares the subject of the verb before it.
        int before = match.Start - 1;
        if (frames.Count > 0 && v.IsPunct(before, ',') && v[match.Start].IsWord && v.Lower(match.Start).EndsWith("ing", StringComparison.Ordinal))
        {
            return frames[^1] with { Start = match.Start, End = match.End, VerbStart = match.Start, VerbEnd = match.End, Scope = FrameScope.After };
        }

        var (start, end, appositiveEnd) = LeftSubject(v, match.Start);
        if (start < end && IsSourcePhrase(v, start, end))
        {
            return Frame(v, start, appositiveEnd, match, memory, previousSource, LeftScope(v, start));
        }

        // "…, Reports 125 Deaths": a coordinated verb shares the previous subject.
        if (frames.Count > 0 && before >= v.First && (v.IsPunct(before, ',') || v.IsWordAt(before, "and")) && start >= end)
        {
            var previous = frames[^1];
            return previous with { Start = match.Start, VerbStart = match.Start, VerbEnd = match.End, Scope = FrameScope.After };
        }

        // Inversion: "…," said Gegham Stepanyan, the ombudsman.
        if (before >= v.First && (v.IsPunct(before, ',') || v.IsQuote(before)))
        {
            int s = match.End;
            int e = RightSubjectEnd(v, s);
            if (e > s && IsSourcePhrase(v, s, e))
            {
                string raw = OneLine(v.SliceSpan(s, e));
                string canonical = Resolve(v, s, e, raw, memory, previousSource, out bool carried);
                return new SourceFrame(match.Start, e, match.Start, match.End, raw, canonical, FrameScope.Before, carried);
            }
        }

        return null;
    }

    private SourceFrame Frame(TokenView v, int start, int end, PhraseMatch<ReportingKind> match, SourceMemory memory, string? previousSource, FrameScope scope)
    {
        string raw = OneLine(v.SliceSpan(start, end));
        string canonical = Resolve(v, start, end, raw, memory, previousSource, out bool carried);
        return new SourceFrame(start, match.End, match.Start, match.End, raw, canonical, scope, carried);
    }

    private string Resolve(TokenView v, int start, int end, string raw, SourceMemory memory, string? previousSource, out bool carried)
    {
        carried = false;
        bool pronoun = end - start == 1 && v.IsAnyWord(start, Pronouns);
        bool carriedNoun = end - start <= 2 && v.IsAnyWord(end - 1, CarriedNouns);
        if (pronoun || carriedNoun)
        {
            carried = true;
            return previousSource ?? (pronoun ? "" : SourceCanonicalizer.Clean(raw));
        }

        return _canonicalizer.Canonicalize(raw, memory);
    }

    /// <summary>
    /// The subject before a reporting verb: "The Armenian Health Ministry, meanwhile, said",
    /// "Nagorno-Karabakh's ombudsman, Gegham Stepanian, said", "the government in Yerevan said".
    /// Returns the subject's token range and where its appositive ends.
    /// </summary>
    private (int Start, int End, int AppositiveEnd) LeftSubject(TokenView v, int verb)
    {
        int k = verb - 1;
        // "Calvenia's Interior Ministry on Friday revised …": adverbs and a time between subject and verb are not the subject.
        while (k >= v.First && v[k].IsWord && (v.IsAnyWord(k, SkippableBeforeVerb) || IsTimeWord(v, k)))
        {
            k--;
        }

        int end = k + 1;
        int appositiveEnd = end;
        // A comma right before the verb closes a parenthetical or an appositive.
        if (k >= v.First && v.IsPunct(k, ','))
        {
            int open = k - 1;
            while (open >= v.First && k - open <= 14 && !v.IsPunct(open, ',') && !IsHardBoundary(v, open))
            {
                open--;
            }

            if (open < v.First || !v.IsPunct(open, ','))
            {
                return (0, 0, 0);
            }

            string inner = v.Slice(open + 1, k).Trim();
            if (ParentheticalAdverbs.Contains(inner, StringComparer.OrdinalIgnoreCase))
            {
                k = open - 1;
                end = k + 1;
                appositiveEnd = end;
            }
            else
            {
                appositiveEnd = k; // the appositive "Gegham Stepanian" runs up to the comma
                k = open - 1;
                end = k + 1;
            }
        }

        int start = end;
        while (start - 1 >= v.First && end - (start - 1) <= MaxSubjectTokens)
        {
            int p = start - 1;
            bool andInName = v.IsAnyWord(p, "and", "&") && p - 1 >= v.First && v.IsCapitalized(p - 1) && v.IsCapitalized(p + 1);
            if (IsBoundary(v, p) || (v.IsAnyWord(p, SubjectStops) && !andInName) || v[p].IsNumber)
            {
                break;
            }

            if (v.IsAnyWord(p, "the", "a", "an"))
            {
                start = p;
                // Inside a name a determiner follows a preposition ("the Ministry of Health of the Republic")
                // or a capitalised word ("Save the Children").
                bool insideName = p - 1 >= v.First
                    && ((v.IsAnyWord(p - 1, NounPhrasePrepositions) && p - 2 >= v.First && IsNounLike(v, p - 2))
                        || (v.IsCapitalized(p - 1) && p - 1 > v.First && v.IsCapitalized(p + 1)));
                if (!insideName)
                {
                    break;
                }

                continue;
            }

            start = p;
        }

        if (start >= end)
        {
            return (0, 0, 0);
        }

        return (start, end, Math.Max(end, appositiveEnd));
    }

    private FrameScope LeftScope(TokenView v, int subjectStart)
    {
        // "…, the government in Yerevan said": the content came first.
        int before = subjectStart - 1;
        if (before >= v.First + 2 && (v.IsPunct(before, ',') || v.IsQuote(before) || v.IsClauseDash(before)) && !IsOpeningPhrase(v, before))
        {
            return FrameScope.Before;
        }

        return FrameScope.After;
    }

    /// <summary>
    /// "On Tuesday, the ministry said …", "In Yerevan, officials said …": the sentence opens with one
    /// adverbial phrase (a preposition or time word, then no other comma and no measure word) before the comma at
    /// <paramref name="comma"/>; it is not content the source reports, as "In the attack 20 people were killed, …" is.
    /// </summary>
    private bool IsOpeningPhrase(TokenView v, int comma)
    {
        if (!v.IsPunct(comma, ',') || comma - v.First > 10 || !(v.IsAnyWord(v.First, OpeningWords) || IsTimeWord(v, v.First)))
        {
            return false;
        }

        for (int k = v.First + 1; k < comma; k++)
        {
            if (IsBoundary(v, k) || (v[k].IsWord && _lexicons.Measures.TryMatchAt(v.Text, v.Tokens, k, comma, out _)))
            {
                return false;
            }
        }

        return true;
    }

    private int RightSubjectEnd(TokenView v, int start)
    {
        int e = start;
        while (e < v.End && e - start < 10 && !IsBoundary(v, e) && !v.IsWordAt(e, "that") && !v[e].IsNumber)
        {
            e++;
        }

        while (e > start && IsTimeWord(v, e - 1))
        {
            e--;
        }

        return e;
    }

    /// <summary>
    /// A phrase can name a source when its head is a proper name, a source noun ("ministry", "officials")
    /// or a pronoun, possibly followed by a prepositional phrase ("separatist authorities in the region").
    /// </summary>
    private bool IsSourcePhrase(TokenView v, int start, int end)
    {
        if (end - start == 1 && v.IsAnyWord(start, Pronouns))
        {
            return true;
        }

        int last = end - 1;
        while (last > start && !v[last].IsWord)
        {
            last--;
        }

        if (IsHead(v, last, start))
        {
            return true;
        }

        for (int k = start; k < last; k++)
        {
            if (IsHead(v, k, start) && v.IsAnyWord(k + 1, NounPhrasePrepositions))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"according to IOM's most recent tracking round": after "according to", any name or source noun will do.</summary>
    private bool HasProperOrSourceWord(TokenView v, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (v[k].IsWord && (v.IsCapitalized(k) || IsSourceNoun(v, k)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsHead(TokenView v, int k, int start)
    {
        if (!v[k].IsWord)
        {
            return false;
        }

        if (IsSourceNoun(v, k) || v.IsAnyWord(k, CarriedNouns))
        {
            return true;
        }

        // A capitalised word counts unless it is merely the sentence's first word ("The", "Officials" is a source noun anyway).
        return v.IsCapitalized(k) && !(k == v.First && v.IsAnyWord(k, "the", "a", "an", "but", "and", "in", "on"));
    }

    private bool IsNounLike(TokenView v, int k) => v[k].IsWord && (v.IsCapitalized(k) || IsSourceNoun(v, k));

    /// <summary>Whether token <paramref name="k"/> is a source noun, as <see cref="IsSourceNoun(string)"/> of its lower case answers, asked of the case-blind set without the copy.</summary>
    private bool IsSourceNoun(TokenView v, int k)
    {
        var word = v.Span(k);
        if (word.IsEmpty || word.Length > 64)
        {
            return IsSourceNoun(v.Lower(k));
        }

        if (_lexicons.IsSourceNoun(word))
        {
            return true;
        }

        if (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase))
        {
            Span<char> singular = stackalloc char[word.Length - 2];
            word[..^3].CopyTo(singular);
            singular[^1] = 'y';
            if (_lexicons.IsSourceNoun(singular))
            {
                return true;
            }
        }

        return word[^1] is 's' or 'S' && _lexicons.IsSourceNoun(word[..^1]);
    }

    /// <summary>A source noun, singular or plural ("agency", "agencies", "groups").</summary>
    private bool IsSourceNoun(string word) =>
        _lexicons.SourceNouns.Contains(word)
        || (word.EndsWith("ies", StringComparison.Ordinal) && _lexicons.SourceNouns.Contains(word[..^3] + "y"))
        || (word.EndsWith('s') && _lexicons.SourceNouns.Contains(word[..^1]));

    private static bool IsTimeWord(TokenView v, int k) => v.IsAnyWord(k, TimeWords);

    private static readonly WordList TimeWords = new(
        "on", "late", "early", "earlier", "later", "today", "yesterday", "tuesday", "monday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "morning", "evening", "night", "afternoon", "overnight", "last", "week");

    /// <summary>Wire copy wraps lines inside names; a source is written on one line.</summary>
    /// <remarks>
    /// Each run of white space (<see cref="char.IsWhiteSpace(char)"/>) one space, none at either end, as joining the words
    /// of <c>text.Split(null, RemoveEmptyEntries)</c> gives it, in one string and no copies between (it is asked for every
    /// frame of every report).
    /// </remarks>
    internal static string OneLine(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..SingleSpaced.Write(text, buffer, asKey: false)]);
    }

    /// <summary>Token <paramref name="k"/> ends the clause: the sentence's end or a full stop, semicolon or colon.</summary>
    private static bool EndsClause(TokenView v, int k) => k >= v.End || IsHardBoundary(v, k);

    private static bool IsBoundary(TokenView v, int k) =>
        IsHardBoundary(v, k) || v.IsPunct(k, ',') || v.IsQuote(k) || v.IsClauseDash(k);

    private static bool IsHardBoundary(TokenView v, int k) =>
        v.IsPunct(k, ';') || v.IsPunct(k, ':') || v.IsPunct(k, '.') || v.IsPunct(k, '!') || v.IsPunct(k, '?');
}
