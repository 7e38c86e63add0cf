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
    private readonly FrozenSetLookup _persons;

    public PersonParser(NumberGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        _grammar = grammar;
        _lexicons = grammar.Lexicons;
        _persons = new FrozenSetLookup(_lexicons.PersonNouns);
    }

    /// <summary>The words that may start a person's noun phrase.</summary>
    public static IReadOnlyList<string> Starters => Determiners;

    public Mention? TryParse(in TokenView v, int i)
    {
        if (!v[i].IsWord)
        {
            return null;
        }

        bool determiner = v.IsAnyWord(i, Determiners);
        bool headline = !determiner && (i == v.First || v.Is(i - 1, ":") || v.IsClauseDash(i - 1));
        if (!determiner && !headline)
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

        if (!_grammar.CasualtyGoverns(v, i, head + 1))
        {
            return null;
        }

        return Mention.Of(v, i, head + 1, 1, MentionKind.Person) with { Spelled = true };
    }

    /// <summary>"17-year-old": the token after it, or null.</summary>
    private static int? AgeCompoundEnd(in TokenView v, int k) =>
        NumberGrammar.IsJoiningDash(v, k + 1) && v.IsAnyWord(k + 2, "year", "month", "week") && NumberGrammar.IsJoiningDash(v, k + 3) && v.IsWordAt(k + 4, "old")
            ? k + 5
            : null;

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

    /// <summary>Case-insensitive membership of a token's text, without allocating.</summary>
    private readonly struct FrozenSetLookup(System.Collections.Frozen.FrozenSet<string> set)
    {
        private readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();

        public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
    }
}
