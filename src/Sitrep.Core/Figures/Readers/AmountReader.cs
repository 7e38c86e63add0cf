using Sitrep.Core.Mentions;
using Sitrep.Core.Text;

namespace Sitrep.Core.Figures.Readers;

/// <summary>
/// Money and weights are aid when an aid word stands closer to them than any word of loss or cost ("pledged $11.5
/// million in aid", "70 tonnes of food aid"; not "$5 million in damages"); a number that is no count, money, share or
/// weight (a year, a distance …) counts nothing.
/// </summary>
public sealed class AmountReader : IFigureReader
{
    public void Read(FigureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Mention;
        switch (m.Kind)
        {
            case MentionKind.Money:
                bool aidMoney = AidNear(context);
                context.Result = new FigureReading(aidMoney ? Measure.AidMoney : Measure.Other, m.Currency ?? "USD", context.Qualifier, null,
                    aidMoney ? "aid" : context.Event, context.Flags, m.FirstToken, null);
                break;
            case MentionKind.Weight:
                bool aidGoods = AidNear(context);
                context.Result = new FigureReading(aidGoods ? Measure.AidGoods : Measure.Other, Vocabulary.Tonnes, context.Qualifier, GoodsAfter(context.View, m.EndToken),
                    aidGoods ? "aid" : context.Event, context.Flags, m.FirstToken, null);
                break;
            case MentionKind.Count:
            case MentionKind.Share:
                break;
            default:
                context.Result = context.Other();
                break;
        }
    }

    /// <summary>Whether the sentence has an aid word closer to the amount than any word of loss or cost (within forty words); a weak aid word only right before it.</summary>
    private static bool AidNear(FigureContext context)
    {
        var v = context.View;
        var m = context.Mention;
        var lexicons = context.Lexicons;
        var shapes = lexicons.AmountWordShapes;
        int aid = int.MaxValue, loss = int.MaxValue;
        for (int j = Math.Max(v.First, m.FirstToken - 40); j < Math.Min(v.End, m.EndToken + 40); j++)
        {
            if (!v[j].IsWord || (j >= m.FirstToken && j < m.EndToken) || !shapes.MayHave(v.Span(j)))
            {
                continue;
            }

            int distance = j < m.FirstToken ? m.FirstToken - j : j - m.EndToken + 1;
            bool weakFar = v.IsIn(lexicons.WeakAidWords, j) && !(j < m.FirstToken && distance <= 3);
            if (v.IsIn(lexicons.AidWords, j) && !weakFar)
            {
                aid = Math.Min(aid, distance);
            }
            else if (v.IsIn(lexicons.LossWords, j))
            {
                loss = Math.Min(loss, distance);
            }
        }

        return aid < int.MaxValue && aid < loss;
    }

    /// <summary>What the tonnes are of: "70 tonnes of food aid" -> "food aid".</summary>
    private static string? GoodsAfter(in TokenView v, int k)
    {
        if (!v.IsWordAt(k, "of"))
        {
            return null;
        }

        int j = k + 1;
        int start = j;
        while (j < v.End && v[j].IsWord && j - start < 3 && !v.IsAnyWord(j, "and", "or", "to", "for", "was", "were", "has", "have", "had"))
        {
            j++;
        }

        return j > start ? v.Slice(start, j) : null;
    }
}
