namespace Sitrep.Core.Figures;

/// <summary>A partitive after a number: its kind, where its group starts and the token after it.</summary>
public readonly record struct Partitive(PartitiveKind Kind, int BaseStart, int End)
{
    public static Partitive None => new(PartitiveKind.None, 0, 0);
}
