namespace Sitrep.Core.Figures;

/// <summary>Whether a number is a part of a group: "scores of them" (a pronoun), "seven of the wounded" (a base).</summary>
public enum PartitiveKind
{
    None,
    /// <summary>"scores of them", "nine of whom".</summary>
    Pronoun,
    /// <summary>"Seven of the wounded", "two of its nationals".</summary>
    Base,
}
