using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions;

/// <summary>Asks the <see cref="IBareNumberRule"/>s in order what a bare number is; the first answer wins, and a number no rule claims is a count.</summary>
public sealed class BareNumberClassifier
{
    /// <summary>The rules, as given when made, in an array: asked for every bare number, without an enumerator each time.</summary>
    private readonly IBareNumberRule[] _rules;

    public BareNumberClassifier(IReadOnlyList<IBareNumberRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules];
        Rules = Array.AsReadOnly(_rules);
    }

    public IReadOnlyList<IBareNumberRule> Rules { get; }

    public MentionKind Classify(in TokenView v, BareNumber number)
    {
        foreach (var rule in _rules)
        {
            if (rule.Classify(v, number) is { } kind)
            {
                return kind;
            }
        }

        return MentionKind.Count;
    }
}
