namespace Sitrep.Core.Provenance;

public enum FigureVerdict
{
    /// <summary>No earlier report of the story gives this value for this measure, or none it could have been copied from.</summary>
    Independent,
    /// <summary>An earlier report gives the same value and measure, and this one copies it or shares its wire.</summary>
    Echo,
}
