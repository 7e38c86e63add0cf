using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions.Parsers;

/// <summary>
/// One person named with an age in apposition: "Daniel, 5, was shot and killed", "Darrell Hawkins, 34 who was shot", "a
/// boy, 9, killed" (an age that ends its phrase: a comma, a stop, a bracket, "who", "and", "of" or "from" follows), when
/// a casualty word governs it; "Hassan Demir, 52, said" stays an age. Read at the age, before the digits parser would take it: value 1, kind
/// <see cref="MentionKind.Person"/>, spanning the name and the age.
/// </summary>
public sealed class NamedPersonParser : IMentionParser
{
    private readonly NumberGrammar _grammar;
    private readonly LexiconSet _lexicons;

    public NamedPersonParser(NumberGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        _grammar = grammar;
        _lexicons = grammar.Lexicons;
    }

    public Mention? TryParse(in TokenView v, int i)
    {
        if (!v[i].IsNumber || !v.Is(i - 1, ",") || i - 2 < v.First || !v[i - 2].IsWord || v.Span(i).ContainsAny(",.")
            || !int.TryParse(v.Span(i), out int age) || age is < 1 or > 110)
        {
            return null;
        }

        // The age ends its phrase: ", 34," ", 34." ", 34)" ", 34 who"
        int after = i + 1;
        bool closed = after >= v.End || v.Is(after, ",") || v.Is(after, ".") || v.Is(after, ")") || v.Is(after, ";")
                      || v.IsAnyWord(after, "who", "and", "of", "from");
        if (!closed)
        {
            return null;
        }

        int name = i - 2;
        bool personNoun = _lexicons.IsPersonNoun(v.Span(name));
        bool properName = v.IsCapitalized(name) && !CalendarWords.MonthLookup.ContainsKey(v.Span(name)) && !CalendarWords.WeekdayLookup.ContainsKey(v.Span(name))
                          && !_lexicons.SentenceStarters.Contains(v.Word(name));
        if (!personNoun && !properName)
        {
            return null;
        }

        int start = name;
        while (properName && start - 1 >= v.First && v[start - 1].IsWord && v.IsCapitalized(start - 1) && name - start < 3)
        {
            start--; // "Darrell Hawkins", "Anthony Ray Hawkins"
        }

        return _grammar.CasualtyGoverns(v, start, i + 1) ? Mention.Of(v, start, i + 1, 1, MentionKind.Person, spelled: true) : null;
    }
}
