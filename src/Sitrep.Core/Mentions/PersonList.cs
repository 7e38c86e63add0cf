using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions;

/// <summary>
/// Persons told one by one in a list that ends with "and" count together: "a 13-month-old boy and a 20-year-old man were
/// shot" is 2, "Ronald Ames, 33, Lee Ward, 40, and Kay Hill, 28, were killed" is 3. Persons joined by a comma alone stay
/// apart: "the victim, a 17-year-old boy" is one person named twice.
/// </summary>
public static class PersonList
{
    public static void Merge(in TokenView v, List<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Kind != MentionKind.Person)
            {
                continue;
            }

            int last = i;
            bool endsWithAnd = false;
            while (last + 1 < mentions.Count && mentions[last + 1].Kind == MentionKind.Person
                   && Joint(v, mentions[last].EndToken, mentions[last + 1].FirstToken) is { } and)
            {
                last++;
                endsWithAnd = and;
            }

            if (last == i || !endsWithAnd)
            {
                continue;
            }

            var first = mentions[i];
            int count = last - i + 1;
            mentions[i] = Mention.Of(v, first.FirstToken, mentions[last].EndToken, count, MentionKind.Person) with { Spelled = true };
            mentions.RemoveRange(i + 1, count - 1);
        }
    }

    /// <summary>Whether the tokens [<paramref name="from"/>, <paramref name="to"/>) join two persons: true for "and" or ", and", false for ",", null otherwise.</summary>
    private static bool? Joint(in TokenView v, int from, int to) => (to - from) switch
    {
        1 when v.IsWordAt(from, "and") => true,
        1 when v.Is(from, ",") => false,
        2 when v.Is(from, ",") && v.IsWordAt(from + 1, "and") => true,
        _ => null,
    };
}
