namespace Sitrep.Core;

/// <summary>Where an article's publication date came from, so a loose file is never dated from a year in its body.</summary>
public enum PublishedSource
{
    /// <summary>Not said: extraction may infer the date from the text (a paste, a dump line without a date).</summary>
    Unknown,
    /// <summary>Given with the report: a manifest, the page's metadata, a feed item, <c>--published</c>.</summary>
    Given,
    /// <summary>Read from the report's dateline ("YEREVAN, September 30, 2023 –", "Sept. 30 (Reuters) –").</summary>
    Dateline,
    /// <summary>Read from a date in the file's name ("reuters-2023-09-30-exodus.txt").</summary>
    FileName,
    /// <summary>Looked for and not found: the report stays undated and no date is inferred from its text.</summary>
    Undated,
}
