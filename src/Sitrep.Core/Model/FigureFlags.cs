namespace Sitrep.Core;

[Flags]
public enum FigureFlags
{
    None = 0,
    /// <summary>A vague amount: "dozens", "thousands", "tens of thousands". The value is the lower bound the word implies.</summary>
    Vague = 1 << 0,
    /// <summary>A share of a whole ("nearly half", "12%"); unit <c>percent</c>.</summary>
    Share = 1 << 1,
    /// <summary>About an earlier period or another event ("From 1988 to 1994, approximately 30,000 people were killed").</summary>
    Historical = 1 << 2,
    /// <summary>Stated in the headline.</summary>
    InTitle = 1 << 3,
    /// <summary><see cref="Figure.AsOf"/> could not be read from the text and is the publication date.</summary>
    AsOfDefaulted = 1 << 4,
    /// <summary>The article's publication date was inferred from its text, not given.</summary>
    PublishedInferred = 1 << 5,
    /// <summary>A range ("between 10 and 15"): <see cref="Figure.Low"/> and <see cref="Figure.High"/> are set.</summary>
    Range = 1 << 6,
    /// <summary>The figure sits in a passage that repeats an earlier one of the same article.</summary>
    Repeat = 1 << 7,
    /// <summary>A part of a larger count ("13 bodies found", "seven died of injuries").</summary>
    SubCount = 1 << 8,
    /// <summary>A figure quoted as superseded ("previous reports that had put the number as high as 125").</summary>
    Superseded = 1 << 9,
    /// <summary>
    /// The text says this figure corrects an earlier one ("revised down to 68", "far lower than previous reports",
    /// "after some victims were double-counted"): a later, lower figure with this flag is a revision, not a conflict.
    /// </summary>
    Revises = 1 << 10,
    /// <summary>
    /// The value is worked out from the sentence, not written in it: "Five people were shot, two fatally" gives 2
    /// killed and, on "Five", 3 injured (5 − 2) with this flag; <see cref="Figure.Quote"/> is still the number as written.
    /// </summary>
    Derived = 1 << 11,
    /// <summary>
    /// One place's part of a count broken down by place ("81 dead in three states: 40 in Assam, 25 in Meghalaya …" marks
    /// 40 and 25): the ledger keeps it as a part of the whole, in a series of its place.
    /// </summary>
    ByPlace = 1 << 12,
}
