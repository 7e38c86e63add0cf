using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions.Rules;

/// <summary>
/// A day of the month beside a month name: "September 26", "26 September", "Sept. 25", the second day of "September
/// 19-20", and both days of "between 7 and 14 March", "7-14 March", "March 7 and 14".
/// </summary>
public sealed class DayOfMonthRule : IBareNumberRule
{
    private static readonly string[] Joiners = ["and", "to", "through", "till", "until", "or"];

    public MentionKind? Classify(in TokenView v, BareNumber number)
    {
        if (!number.Digits || !number.IsInteger || number.HasSeparator || number.Value is < 1 or > 31)
        {
            return null;
        }

        int i = number.First, before = i - 1;
        if (v.Is(before, "."))
        {
            before--;
        }

        if (NumberGrammar.IsMonth(v, before) || NumberGrammar.IsMonth(v, number.End))
        {
            return MentionKind.Date;
        }

        // The first day of "7 and 14 March", "7-14 March"; the second of "September 19-20", "March 7 and 14".
        bool joinedAfter = v.IsAnyWord(number.End, Joiners) || NumberGrammar.IsJoiningDash(v, number.End);
        if (joinedAfter && number.End + 1 < v.End && v[number.End + 1].IsNumber && NumberGrammar.IsMonth(v, number.End + 2))
        {
            return MentionKind.Date;
        }

        bool joinedBefore = v.IsAnyWord(i - 1, Joiners) || NumberGrammar.IsJoiningDash(v, i - 1);
        return joinedBefore && i - 2 >= v.First && v[i - 2].IsNumber && NumberGrammar.IsMonth(v, i - 3) ? MentionKind.Date : null;
    }
}
