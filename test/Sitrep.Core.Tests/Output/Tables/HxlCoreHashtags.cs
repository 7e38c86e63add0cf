namespace Sitrep.Core.Tests.Output.Tables;

/// <summary>
/// The hashtags of the HXL 1.1 core schema (the HXL standard's hashtag dictionary), written out here as a fact list.
/// Attributes (<c>+killed</c>) are free in HXL; the hashtag before them must be one of these for HDX to read a column.
/// </summary>
internal static class HxlCoreHashtags
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "#access", "#activity", "#adm1", "#adm2", "#adm3", "#adm4", "#adm5", "#affected", "#beneficiary", "#capacity",
        "#cause", "#channel", "#contact", "#country", "#crisis", "#currency", "#date", "#delivery", "#description",
        "#event", "#financial", "#frequency", "#geo", "#group", "#impact", "#indicator", "#inneed", "#item", "#loc",
        "#meta", "#modality", "#need", "#operations", "#org", "#output", "#population", "#reached", "#region",
        "#respondee", "#sector", "#service", "#severity", "#status", "#subsector", "#targeted", "#value",
    };
}
