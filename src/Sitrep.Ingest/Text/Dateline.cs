using Sitrep.Core;

namespace Sitrep.Ingest.Text;

/// <summary>
/// What a report's dateline says: "YEREVAN, September 30, 2023 (Reuters) –" has a place, a date with its year and a credit.
/// </summary>
/// <param name="Date">The day it names; null when it names none ("OSTREL –").</param>
/// <param name="HasYear">Whether the date names its year ("Sept. 30 (Reuters) –" does not: the year is then the file name's).</param>
/// <param name="Credit">The agency in brackets ("Reuters"), unless it says the report came through another ("via CPA").</param>
public sealed record Dateline(string? Place, DateOnly? Date, bool HasYear, string? Credit);
