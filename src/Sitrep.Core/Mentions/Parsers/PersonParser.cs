using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions.Parsers;

/// <summary>
/// One person told without a numeral, as a noun phrase headed by a noun of <c>person-nouns.txt</c>: "a man", "the
/// victim", "his 10-year-old nephew", "a 17-year-old Brighton High student", and in a headline a bare one right before a
/// casualty word ("Ligonier boy killed", "Teen dies"). Value 1, kind <see cref="MentionKind.Person"/>, read only when a
/// casualty word governs the phrase (<see cref="NumberGrammar.CasualtyGoverns"/>); the figure grammar says which.
/// </summary>
public sealed class PersonParser : IMentionParser
{
    private const int MaxModifiers = 5;

    private static readonly string[] Determiners = ["a", "an", "the", "his", "her", "their", "our", "another"];

    private readonly NumberGrammar _grammar;
    private readonly LexiconSet _lexicons;
    private readonly QuickWordSet _persons;

    public PersonParser(NumberGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        _grammar = grammar;
        _lexicons = grammar.Lexicons;
        _persons = new QuickWordSet(_lexicons.PersonNouns);
    }

    /// <summary>The words that may start a person's noun phrase.</summary>
    public static IReadOnlyList<string> Starters => Determiners;

    public Mention? TryParse(in TokenView v, int i)
    {
        if (!v[i].IsWord)
        {
            return v[i].IsNumber ? Age(v, i, determiner: false) : null;
        }

        bool determiner = v.IsAnyWord(i, Determiners);
        bool headline = !determiner && (i == v.First || v.Is(i - 1, ":") || v.IsClauseDash(i - 1));
        if (!determiner && (!headline || v.IsCapitalized(i)) && Named(v, i) is { } named)
        {
            return named; // "Darryl Freeman died", "police said he was pronounced dead"
        }

        if (!determiner && !headline)
        {
            return null;
        }

        // Most phrases name no person: look for the noun first, cheaply, before reading the words between. A noun
        // phrase holds words, and digits and hyphens only in an age ("a 17-year-old"); punctuation ends it.
        int reach = Math.Min(v.End, i + MaxModifiers + 4);
        int noun = determiner ? i + 1 : i;
        while (noun < reach && !(v[noun].IsWord && _persons.Contains(v.Span(noun))))
        {
            if (!v[noun].IsWord && !v[noun].IsNumber && !NumberGrammar.IsJoiningDash(v, noun))
            {
                return null;
            }

            noun++;
        }

        if (noun >= reach)
        {
            return determiner ? Age(v, i, determiner: true) : null;
        }

        // Most persons are no casualty ("the man said"): ask that, cheaply, at the first noun, before the words between.
        int lastNoun = noun;
        while (lastNoun + 1 < v.End && v[lastNoun + 1].IsWord && _persons.Contains(v.Span(lastNoun + 1)))
        {
            lastNoun++;
        }

        if (!_grammar.CasualtyGoverns(v, i, lastNoun + 1))
        {
            return null;
        }

        int head = -1;
        int k = determiner ? i + 1 : i;
        for (int words = 0; k < v.End && words <= MaxModifiers; words++)
        {
            if (v[k].IsNumber && AgeCompoundEnd(v, k) is int afterAge)
            {
                k = afterAge; // "a 17-year-old"
                continue;
            }

            if (!v[k].IsWord)
            {
                break;
            }

            if (_persons.Contains(v.Span(k)))
            {
                head = k;
                if (!(k + 1 < v.End && v[k + 1].IsWord && _persons.Contains(v.Span(k + 1))))
                {
                    break; // "a police officer", "a security guard" end at their last noun
                }
            }
            else if (!IsModifier(v, k))
            {
                break;
            }

            k++;
            if (NumberGrammar.IsJoiningDash(v, k) && NumberGrammar.Glued(v, k) && NumberGrammar.Glued(v, k + 1))
            {
                k++; // "off-duty", "co-worker"
            }
        }

        if (head < 0 && determiner)
        {
            return Age(v, i, determiner: true); // "a 14-year-old was shot by a man"
        }

        if (head < 0 || v.IsWordAt(head + 1, "'s") || v.IsWordAt(head + 1, "’s"))
        {
            return null; // "the man's car"
        }

        // A bare noun counts only in a headline, right before its casualty word: "Ligonier boy killed".
        if (headline && !(head + 1 < v.End && _lexicons.Measures.TryMatchAt(v.Text, v.Tokens, head + 1, v.End, out var cue)
                          && cue.Value.Measure is Measure.Killed or Measure.Injured))
        {
            return null;
        }

        if (head != lastNoun)
        {
            return null; // the words before the noun were not a noun phrase's
        }

        return Mention.Of(v, i, head + 1, 1, MentionKind.Person, spelled: true);
    }

    private static int? AgeCompoundEnd(in TokenView v, int k) => NumberGrammar.AgeCompoundEnd(v, k);

    /// <summary>Whether token <paramref name="i"/> may start a person named by a name or a pronoun ("Darryl Freeman died", "he was later pronounced dead").</summary>
    public static bool MayStartNamed(in TokenView v, int i) =>
        v[i].IsWord && (v.IsCapitalized(i) || v.IsAnyWord(i, "he", "she"))
        && (i == v.First || v.Is(i - 1, ",") || v.Is(i - 1, ":") || v.IsAnyWord(i - 1, "and", "that", "said", "says", "but", "where", "when"));

    /// <summary>
    /// A person told by a name or by "he"/"she", as the subject of a death: "Darryl Freeman died at 10 a.m.", "Rooks was
    /// pronounced dead at the scene", "police said he later died". A name is one to three capitalised words that no lexicon
    /// knows (not a country, a source, a month, a sentence starter); the predicate follows at once, over auxiliaries and
    /// adverbs, and counts the dead. Wounds are left to the noun phrases: "Smith was shot" may be the story's dead.
    /// </summary>
    private Mention? Named(in TokenView v, int i)
    {
        if (!MayStartNamed(v, i))
        {
            return null;
        }

        int end = i + 1;
        while (v.IsCapitalized(i) && end < v.End && end - i < 3 && v[end].IsWord && v.IsCapitalized(end))
        {
            end++;
        }

        // Most capitalised words start no clause of death: ask the predicate first, the lexicons about the name after.
        if (end >= v.End || !v[end].IsWord || !NextIsPredicate(v, end)
            || NumberGrammar.PredicateAfter(_lexicons, v, end) is not int at
            || at - end > 4
            || !_lexicons.Measures.TryMatchAt(v.Text, v.Tokens, at, v.End, out var cue) || cue.Value.Measure != Measure.Killed || cue.Value.IsNoun)
        {
            return null;
        }

        bool pronoun = end == i + 1 && v.IsAnyWord(i, "he", "she");
        for (int k = i; k < end && !pronoun; k++)
        {
            if (!IsNameWord(v, k))
            {
                return null;
            }
        }

        // The name undergoes the death: "died", "was pronounced dead", "was killed"; "Quake kills dozens" and "Hayes killed
        // his cousin" do the killing.
        if (!cue.Value.Intransitive && at == end)
        {
            return null;
        }

        return Mention.Of(v, i, end, 1, MentionKind.Person, spelled: true);
    }

    /// <summary>A word of a person's name: capitalised, and no word a lexicon knows as something else.</summary>
    private bool IsNameWord(in TokenView v, int k)
    {
        var word = v.Span(k);
        return word.Length > 1 && !_lexicons.SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !_lexicons.IsPersonNoun(word)
               && !CalendarWords.MonthLookup.ContainsKey(word) && !CalendarWords.WeekdayLookup.ContainsKey(word)
               && !_lexicons.Countries.TryAny(v.Word(k), out _) && !_lexicons.Countries.IsDemonym(word)
               && !v.IsIn(_lexicons.SourceNouns, k) && _lexicons.Grammar.RolesOf(word) == WordRole.None
               && !_lexicons.Measures.TryMatchAt(v.Text, v.Tokens, k, v.End, out _);
    }

    /// <summary>
    /// An age that names the person by itself: "a 14-year-old was seriously injured", "the 2-year-old who was shot",
    /// in a headline "4-year-old shot", in a list "a boy and 20-year-old man were shot" (then a person noun may follow),
    /// "a six-year-old and three people were shot".
    /// The age is the head only where no noun follows it: a verb, an adverb, "who" or punctuation comes next.
    /// </summary>
    private Mention? Age(in TokenView v, int i, bool determiner)
    {
        int age = determiner ? i + 1 : i;
        if (AgeCompoundEnd(v, age) is not int end)
        {
            return null;
        }

        bool headline = !determiner && (i == v.First || v.Is(i - 1, ":") || v.IsClauseDash(i - 1));
        bool listed = !determiner && (v.IsAnyWord(i - 1, "and", "or") || v.Is(i - 1, ","));
        if (!determiner && !headline && !listed)
        {
            return null;
        }

        if (end < v.End && v[end].IsWord && _persons.Contains(v.Span(end)))
        {
            // "20-year-old man": a listed or headline person with a noun after the age.
            int head = end;
            while (head + 1 < v.End && v[head + 1].IsWord && _persons.Contains(v.Span(head + 1)))
            {
                head++;
            }

            end = head + 1;
        }
        else if (end < v.End && v[end].IsWord && !NextIsPredicate(v, end) && !v.IsAnyWord(end, "and", "or"))
        {
            return null; // "a 14-year-old Brighton student", "a 5-year-old program": a noun phrase goes on
        }

        if (!_grammar.CasualtyGoverns(v, i, end))
        {
            return null;
        }

        if (headline && !(end < v.End && _lexicons.Measures.TryMatchAt(v.Text, v.Tokens, end, v.End, out var cue) && cue.Value.Measure is Measure.Killed or Measure.Injured))
        {
            return null; // a headline's bare age counts only right before its casualty word
        }

        return Mention.Of(v, i, end, 1, MentionKind.Person, spelled: true);
    }

    /// <summary>A word after an age that starts its predicate: an auxiliary, "who", an adverb in -ly or a measure word.</summary>
    private bool NextIsPredicate(in TokenView v, int k) =>
        (_lexicons.Grammar.RolesOf(v.Span(k)) & WordRole.Auxiliary) != 0
        || NumberGrammar.IsAdverb(v, k)
        || _lexicons.Measures.TryMatchAt(v.Text, v.Tokens, k, v.End, out _);

    /// <summary>A word that may stand between the determiner and the person: an adjective or a capitalised name, not a function word or a measure word.</summary>
    private bool IsModifier(in TokenView v, int k)
    {
        if (_lexicons.Grammar.RolesOf(v.Span(k)) != WordRole.None || _lexicons.Measures.TryMatchAt(v.Text, v.Tokens, k, v.End, out _)
            || _lexicons.Reporting.TryMatchAt(v.Text, v.Tokens, k, v.End, out _))
        {
            return false;
        }

        return v.IsCapitalized(k) || !v.Span(k).EndsWith("s") || v.Span(k).EndsWith("ss");
    }
}
