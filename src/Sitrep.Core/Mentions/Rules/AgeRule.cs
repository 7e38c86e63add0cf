using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions.Rules;

/// <summary>
/// Ages: "aged 5", "aged between 19 and 71", "ages 14, 11, 7 and 3", "children under 18", "those over 65", and an age between
/// commas after a name or a person: "Hassan Demir, 52, said", "Jordan Smith, 18 of Boscobel", "the deceased male, 43, is".
/// </summary>
public sealed class AgeRule : IBareNumberRule
{
    private static readonly string[] AgedWords = ["aged", "age", "ages"];
    private static readonly string[] Connectors = ["between", "and", "to", "from", "of"];
    private static readonly string[] Bounds = ["under", "over", "below", "above"];
    private static readonly string[] Groups = ["children", "kids", "girls", "boys", "people", "adults", "those", "aged", "minors", "women", "men"];

    private readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _persons;

    public AgeRule(Lexicons.LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _persons = lexicons.PersonNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public MentionKind? Classify(in TokenView v, BareNumber number)
    {
        if (number.Value is > 120 or < 0 || !number.IsInteger)
        {
            return null;
        }

        int i = number.First;
        for (int k = i - 1; k >= Math.Max(v.First, i - 8); k--)
        {
            if (v.IsAnyWord(k, AgedWords))
            {
                return MentionKind.Age;
            }

            if (!(v[k].IsNumber || NumberGrammar.IsJoiningDash(v, k) || v.IsPunct(k, ',') || v.IsAnyWord(k, Connectors)))
            {
                break;
            }
        }

        // "children under 18", "those over 65"
        if (v.IsAnyWord(i - 1, Bounds) && i - 2 >= v.First && v[i - 2].IsWord
            && (v.IsAnyWord(i - 2, Groups) || v.IsAnyWord(number.End, "years", "year")))
        {
            return MentionKind.Age;
        }

        // "Hassan Demir, 52, said", "the deceased male, 43, is", "Jordan Smith, 18 of Boscobel", "Killing Of Tyshawn Lee, 9"
        int name = v.Is(i - 2, ".") ? i - 3 : i - 2; // "Travis Carnez Jr., 25,"
        bool afterName = number.Digits && v.Is(i - 1, ",") && name >= v.First && v[name].IsWord
            && (v.IsCapitalized(name) || _persons.Contains(v.Span(name)));
        bool closed = number.End >= v.End || v.Is(number.End, ",") || v.Is(number.End, ")") || v.Is(number.End, ";")
            || (number.End == v.End - 1 && v.Is(number.End, ".")) || v.IsAnyWord(number.End, "who", "of", "from");
        return afterName && closed ? MentionKind.Age : null;
    }
}
