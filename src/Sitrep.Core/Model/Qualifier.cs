namespace Sitrep.Core;

/// <summary>The hedge on a figure. "at least 68" is 68 or more; "nearly 300" is a little under 300.</summary>
public enum Qualifier
{
    None,
    AtLeast,
    MoreThan,
    Approximately,
    Nearly,
    /// <summary>Also "as high as", "as many as".</summary>
    UpTo,
    LessThan,
}
