using Sitrep.Core.Mentions;

namespace Sitrep.Core.Figures.Readers;

/// <summary>The hedge on a number, before it ("at least", "nearly", "as many as") or after it ("or more", "-plus"), else the one the number implies ("tens of thousands"); and the flags the number itself carries (vague, range, share).</summary>
public sealed class HedgeReader : IFigureReader
{
    public void Read(FigureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var v = context.View;
        var m = context.Mention;
        var hedges = context.Lexicons.Hedges;
        if (hedges.TryMatchEndingAt(v.Text, v.Tokens, m.FirstToken, v.First, out var before) && !before.Value.After)
        {
            (context.Qualifier, context.HedgeStart) = (before.Value.Qualifier, before.Start);
        }
        else if (m.EndToken < v.End && hedges.TryMatchAt(v.Text, v.Tokens, m.EndToken, v.End, out var after) && after.Value.After)
        {
            context.Qualifier = after.Value.Qualifier;
        }
        else
        {
            context.Qualifier = m.ImpliedQualifier;
        }

        var flags = context.Flags;
        flags |= m.Vague ? FigureFlags.Vague : FigureFlags.None;
        flags |= m.IsRange ? FigureFlags.Range : FigureFlags.None;
        flags |= m.Kind == MentionKind.Share ? FigureFlags.Share : FigureFlags.None;
        context.Flags = flags;
    }
}
