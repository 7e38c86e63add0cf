namespace Sitrep.Core.Provenance;

/// <summary>Why a figure is an echo of an earlier one.</summary>
public enum EchoReason
{
    None,
    /// <summary>The whole article copies the earlier one (verbatim, lightly edited or reworded).</summary>
    ArticleCopied,
    /// <summary>The figure's sentence or paragraph repeats a passage of the earlier article.</summary>
    PassageCopied,
    /// <summary>Both articles credit the same wire service.</summary>
    SameWire,
}
