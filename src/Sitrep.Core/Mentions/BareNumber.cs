namespace Sitrep.Core.Mentions;

/// <summary>A number read with nothing of its own after it (no unit, scale, currency or percent), for the rules that say what it is.</summary>
/// <param name="First">Its first token.</param>
/// <param name="End">The token after it.</param>
/// <param name="Digits">Written in digits ("14"), not spelled ("fourteen").</param>
/// <param name="HasSeparator">Written with a thousands separator ("1,500").</param>
public readonly record struct BareNumber(int First, int End, double Value, bool Digits, bool HasSeparator)
{
    public bool IsInteger => Value % 1 == 0;
}
