using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions;

/// <summary>
/// One way news writes a number (digits, a currency before digits, spelled words, a fraction, a vague amount, a phone
/// number …). <see cref="NumberMentionFinder"/> tries its parsers in order at each token; the first that reads one wins.
/// </summary>
public interface IMentionParser
{
    /// <summary>The number that starts at token <paramref name="i"/> of <paramref name="v"/>, or null.</summary>
    Mention? TryParse(in TokenView v, int i);
}
