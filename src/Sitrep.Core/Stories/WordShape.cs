namespace Sitrep.Core.Stories;

/// <summary>How a word is written, which is most of what tells a name from an ordinary word.</summary>
internal enum WordShape : byte
{
    /// <summary>All lower case ("flood").</summary>
    Lower,
    /// <summary>First letter upper case, some lower case after ("Zeebrugge").</summary>
    Capitalized,
    /// <summary>Two or more letters, none lower case ("UNHCR", "QUITO").</summary>
    AllCaps,
    /// <summary>Digits with optional inner separators ("28,120", "6.5").</summary>
    Number,
    /// <summary>Digits and letters mixed ("21p", "L-39"), or one upper-case letter.</summary>
    Other,
}
