using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions.Parsers;

/// <summary>
/// Phone numbers, read whole so that none of their digit groups becomes a number: "+44 20 7946 0000" (a plus glued to
/// digits, two groups or more), "(909) 555-0100" (a bracketed area code), "0800 555 0199" (a leading zero, then more
/// digit groups), "1-800-555-0127" and "555-0163" (digit groups glued by hyphens: three or more, or three then four
/// digits). Ranges ("10-15"), years ("2023-24") and counts with separators ("28,120") are not phone numbers.
/// </summary>
public sealed class PhoneNumberParser : IMentionParser
{
    public Mention? TryParse(in TokenView v, int i)
    {
        int end = End(v, i);
        return end > i ? Mention.Of(v, i, end, 0, MentionKind.Phone) : null;
    }

    private static int End(in TokenView v, int i)
    {
        var token = v[i];
        if (token.Kind == TokenKind.Symbol)
        {
            if (v.Is(i, "+") && NumberGrammar.Glued(v, i + 1) && IsDigitGroup(v, i + 1))
            {
                var (plusEnd, groups) = GroupsEnd(v, i + 1, spaced: true);
                return groups >= 2 || v[i + 1].Length >= 7 ? plusEnd : -1; // "+5%" is a sign, "+380441234567" a number to call
            }

            bool areaCode = v.Is(i, "(") && IsDigitGroup(v, i + 1) && v[i + 1].Length == 3 && v.Is(i + 2, ")") && IsDigitGroup(v, i + 3);
            return areaCode ? GroupsEnd(v, i + 3, spaced: true).End : -1;
        }

        if (!IsDigitGroup(v, i) || ((NumberGrammar.IsJoiningDash(v, i - 1) || v.Is(i - 1, "+")) && !token.SpaceBefore))
        {
            return -1;
        }

        if (token.Length >= 3 && v.Text[token.Start] == '0')
        {
            var (spacedEnd, spacedGroups) = GroupsEnd(v, i, spaced: true);
            return spacedGroups >= 2 ? spacedEnd : -1;
        }

        var (end, count) = GroupsEnd(v, i, spaced: false);
        bool threeThenFour = count == 2 && token.Length == 3 && v[end - 1].Length == 4;
        return count >= 3 || threeThenFour ? end : -1;
    }

    /// <summary>The end of the digit groups from <paramref name="i"/>, glued by hyphens (or, when <paramref name="spaced"/>, also by spaces), and their count.</summary>
    private static (int End, int Groups) GroupsEnd(in TokenView v, int i, bool spaced)
    {
        int end = i + 1;
        int groups = 1;
        while (end < v.End)
        {
            if (NumberGrammar.IsJoiningDash(v, end) && NumberGrammar.Glued(v, end) && NumberGrammar.Glued(v, end + 1) && IsDigitGroup(v, end + 1))
            {
                end += 2;
            }
            else if (spaced && IsDigitGroup(v, end) && v[end].SpaceBefore && v[end].Length >= 2)
            {
                end++;
            }
            else
            {
                break;
            }

            groups++;
        }

        return (end, groups);
    }

    private static bool IsDigitGroup(in TokenView v, int k) => k >= v.First && k < v.End && v[k].IsNumber && !v.Span(k).ContainsAny(",.");
}
