namespace Sitrep.Core.Places;

/// <summary>
/// A place named in a report: where, what it may mean, and how it is named.
/// </summary>
/// <param name="Span">The name as written.</param>
/// <param name="Candidates">The gazetteer entries the name may mean; one after resolution.</param>
/// <param name="Cued">Named as a place: after "in", "near", "across" …, as "Town, State", or in a dateline.</param>
/// <param name="Dateline">The report's dateline ("ELGIN, Ill. —").</param>
/// <param name="Weak">An adjective or people ("Armenian", "Azerbaijanis"): a hint at the country, never a figure's place.</param>
/// <param name="Origin">Named as where people came from ("from Aleppo").</param>
/// <param name="Qualifier">The state of "Town, State": it says which town, and is not a place of its own.</param>
/// <param name="County">A county ("Onslow County"), whose candidates are the areas that have one of its name: a qualifier that also counts for the report's area.</param>
internal sealed record PlaceMention(TextSpan Span, PlaceEntry[] Candidates, bool Cued, bool Dateline, bool Weak, bool Qualifier, bool Origin = false, bool County = false)
{
    public int End => Span.Start + Span.Length;

    /// <summary>The entry chosen (the first candidate once resolved).</summary>
    public PlaceEntry Entry => Candidates[0];

    /// <summary>A place a figure can be tied to: a town named as one, or any named area or country.</summary>
    public bool Usable => UsableAs(Entry);

    /// <summary>Whether the mention would be <see cref="Usable"/> if it meant <paramref name="meaning"/> (one of its candidates).</summary>
    public bool UsableAs(PlaceEntry meaning) => !Weak && !Qualifier && (Cued || meaning.Precision != PlacePrecision.Place);
}
