using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Figures;

/// <summary>The counted noun after a number, tokens [<see cref="Start"/>, <see cref="End"/>): "192 Azerbaijani soldiers", "13 bodies".</summary>
/// <param name="IsElliptical">"others", "more": the noun stands for one named before.</param>
public readonly record struct Head(int Start, int End, NounClass Class, bool IsDemonym, bool IsBodies, bool IsElliptical)
{
    public bool IsEmpty => End <= Start;
}
