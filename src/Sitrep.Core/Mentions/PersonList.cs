using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions;

/// <summary>
/// Persons told one by one in a list that ends with "and" count together: "a 13-month-old boy and a 20-year-old man were
/// shot" is 2, "Ronald Ames, 33, Lee Ward, 40, and Kay Hill, 28, were killed" is 3, and with a count among them "a
/// 15-year-old girl, two women and a man were shot" is 4. Persons joined by a comma alone stay apart: "the victim, a
/// 17-year-old boy" is one person named twice. A list with no person in it ("192 soldiers and one civilian") is left to
/// the figure grammar: its counts are figures of their own.
/// </summary>
public static class PersonList
{
    public static void Merge(in TokenView v, List<Mention> mentions, LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(lexicons);
        for (int i = 0; i < mentions.Count; i++)
        {
            if (!IsMember(v, mentions[i], lexicons))
            {
                continue;
            }

            int last = i;
            bool endsWithAnd = false, anyPerson = mentions[i].Kind == MentionKind.Person;
            while (last + 1 < mentions.Count && IsMember(v, mentions[last + 1], lexicons)
                   && Joint(v, AfterNoun(v, mentions[last], lexicons), mentions[last + 1].FirstToken) is { } and)
            {
                last++;
                endsWithAnd = and;
                anyPerson |= mentions[last].Kind == MentionKind.Person;
            }

            if (last == i || !endsWithAnd || !anyPerson)
            {
                continue;
            }

            var first = mentions[i];
            int count = last - i + 1;
            double value = 0;
            for (int k = i; k <= last; k++)
            {
                value += mentions[k].Value;
            }

            mentions[i] = Mention.Of(v, first.FirstToken, AfterNoun(v, mentions[last], lexicons), value, MentionKind.Person, spelled: true);
            mentions.RemoveRange(i + 1, count - 1);
        }
    }

    /// <summary>A person, or a small exact count with its people noun that may stand in a list of persons ("two women").</summary>
    private static bool IsMember(in TokenView v, Mention m, LexiconSet lexicons) =>
        m.Kind == MentionKind.Person
        || (m.Kind == MentionKind.Count && !m.Vague && m.High is null && m.Value is >= 1 and <= 20 && m.Value == Math.Floor(m.Value) && AfterNoun(v, m, lexicons) >= 0);

    /// <summary>The token after a count's people noun ("two women" ends after "women"); a person's own end otherwise.</summary>
    private static int AfterNoun(in TokenView v, Mention m, LexiconSet lexicons)
    {
        int k = m.EndToken;
        if (m.Kind == MentionKind.Person)
        {
            return k;
        }

        return k < v.End && v[k].IsWord && lexicons.TryGetNoun(v.Span(k), out var noun) && noun is NounClass.People or NounClass.Generic
            ? k + 1
            : -1; // a count with no people noun right after joins no list
    }

    /// <summary>Whether the tokens [<paramref name="from"/>, <paramref name="to"/>) join two persons: true for "and" or ", and", false for ",", null otherwise.</summary>
    private static bool? Joint(in TokenView v, int from, int to) => from < 0 ? null : (to - from) switch
    {
        1 when v.IsWordAt(from, "and") => true,
        1 when v.Is(from, ",") => false,
        2 when v.Is(from, ",") && v.IsWordAt(from + 1, "and") => true,
        _ => null,
    };
}
