namespace Sitrep.Core.Text;

public enum TokenKind : byte
{
    /// <summary>Letters, with inner apostrophes ("doesn't") or dotted initials ("U.S.", "p.m.").</summary>
    Word,
    /// <summary>Digits with thousands separators or a decimal point ("28,120", "1.2").</summary>
    Number,
    /// <summary>Any other single character: punctuation, currency signs, dashes.</summary>
    Symbol,
}
