namespace Sitrep.Core.Places;

/// <summary>
/// Chooses what each ambiguous name means from the rest of the report: "Paris" is the French capital unless the report
/// names Texas (or says "Paris, Texas"); "Georgia" is the country unless the report's other places are in the US state.
/// A name's own weight (a country, an area, a town's size and seat) meets the report's weight: the countries and areas
/// its other places lie in, and the country of the outlet's web address.
/// </summary>
internal static class PlaceResolver
{
    private const double SameCountry = 3, SameArea = 4, OutletCountry = 1;

    /// <summary>A town whose population the gazetteer does not give (a US post office's town) weighs as one of 1,000 people.</summary>
    private const int UnknownPopulation = 1000;

    public static void Resolve(string text, List<PlaceMention> mentions, string? outletCountry)
    {
        PairTownWithState(text, mentions);
        for (int i = 0; i < mentions.Count; i++)
        {
            // "Mopti" is the town and the region named after it: the town, which the region holds.
            var m = mentions[i];
            if (m.Candidates.Count > 1 && m.Candidates.Any(c => c.Precision == PlacePrecision.Place))
            {
                var kept = m.Candidates.Where(a => a.Precision != PlacePrecision.Admin1 || !m.Candidates.Any(t => t.Precision == PlacePrecision.Place && t.IsWithin(a))).ToList();
                mentions[i] = m with { Candidates = kept };
            }
        }

        // Twice: the second round weighs what the first round chose for the other names. A name's own mentions are no
        // evidence for it ("Roswell" ten times says nothing of which Roswell), so votes are also kept by name, to take off.
        var names = new int[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            names[i] = string.GetHashCode(text.AsSpan(mentions[i].Span.Start, mentions[i].Span.Length), StringComparison.OrdinalIgnoreCase);
        }

        var undecided = new bool[mentions.Count];
        for (int round = 0; round < 3; round++)
        {
            var countries = new Dictionary<string, int>(StringComparer.Ordinal);
            var areas = new Dictionary<string, int>(StringComparer.Ordinal);
            var own = new Dictionary<(int Name, string Code), int>();
            for (int i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                // A town named without a cue ("Sherman", "Jackson") is too often a person or a street to be evidence; in
                // the first round a name counts only for what all its meanings share.
                if (!(m.Usable || m.Weak || m.Qualifier) || (round == 0 && !Unambiguous(m, out _)))
                {
                    continue;
                }

                var e = m.Entry;
                countries[e.Country] = countries.GetValueOrDefault(e.Country) + 1;
                own[(names[i], e.Country)] = own.GetValueOrDefault((names[i], e.Country)) + 1;
                if (e.Admin1 is { } a && (round > 0 || m.Candidates.All(c => c.Admin1 == a)))
                {
                    if (own.GetValueOrDefault((names[i], a)) == 0)
                    {
                        areas[a] = areas.GetValueOrDefault(a) + 1; // names, not mentions: "Liberty City" twice is one voice
                    }

                    own[(names[i], a)] = 1;
                }
            }

            for (int i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (m.Candidates.Count < 2)
                {
                    continue;
                }

                PlaceEntry? best = null;
                double bestScore = double.NegativeInfinity, second = double.NegativeInfinity;
                foreach (var c in m.Candidates)
                {
                    int inCountry = countries.GetValueOrDefault(c.Country) - own.GetValueOrDefault((names[i], c.Country));
                    int inArea = c.Admin1 is { } a ? areas.GetValueOrDefault(a) - own.GetValueOrDefault((names[i], a)) : 0;
                    // One other name in the area weighs half as much as two: a small namesake beside one stray town of its
                    // state ("Liberty City", Texas) does not outweigh a big city ("Miami").
                    double score = Prior(c) + (inCountry > 0 ? SameCountry : 0) + (SameArea * Math.Min(2, Math.Max(0, inArea)) / 2)
                                   + (string.Equals(c.Country, outletCountry, StringComparison.Ordinal) ? OutletCountry : 0);
                    if (score > bestScore)
                    {
                        (best, bestScore, second) = (c, score, bestScore);
                    }
                    else
                    {
                        second = Math.Max(second, score);
                    }
                }

                mentions[i] = m with { Candidates = [best!, .. m.Candidates.Where(c => !ReferenceEquals(c, best))] };
                undecided[i] = bestScore == second;
            }
        }

        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].County && undecided[i])
            {
                // "Lawrence County" with nothing else to say which state's: it is not evidence for any one of them.
                mentions[i] = mentions[i] with { Candidates = [.. mentions[i].Candidates.Take(1)], County = false };
            }
            else if (mentions[i].Candidates.Count > 1)
            {
                mentions[i] = mentions[i] with { Candidates = [mentions[i].Entry] };
            }
        }
    }

    /// <summary>
    /// A name's own weight: a country over most towns; an area as a town of 300,000 people (so "Santa Ana" is the
    /// Californian city of that size rather than the Salvadoran department); a bigger town or a seat over a smaller one.
    /// </summary>
    private static double Prior(PlaceEntry e) => e.Precision switch
    {
        PlacePrecision.Country => 9,
        PlacePrecision.Admin1 => 5.5,
        _ => Math.Log10(e.Population > 0 ? Math.Max(e.Population, 10) : UnknownPopulation) + (e.Seat / 2.0),
    };

    /// <summary>A name whose meanings all lie in one country counts for that country from the start.</summary>
    private static bool Unambiguous(PlaceMention m, out string country)
    {
        country = m.Candidates[0].Country;
        foreach (var c in m.Candidates)
        {
            if (!string.Equals(c.Country, country, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Paris, Texas", "Elgin, Ill.": the state says which town, and is a qualifier, not a place of its own.</summary>
    private static void PairTownWithState(string text, List<PlaceMention> mentions)
    {
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            var town = mentions[i];
            var state = mentions[i + 1];
            if (state.Span.Start - town.End is < 1 or > 2 || text[town.End] != ',' || state.Weak || town.Weak)
            {
                continue;
            }

            var towns = town.Candidates.Where(t => t.Precision == PlacePrecision.Place && state.Candidates.Any(s => s.Precision != PlacePrecision.Place && t.IsWithin(s))).ToList();
            if (towns.Count == 0)
            {
                continue;
            }

            var states = state.Candidates.Where(s => s.Precision != PlacePrecision.Place && towns.Any(t => t.IsWithin(s))).ToList();
            towns.Sort((a, b) => b.Population.CompareTo(a.Population));
            mentions[i] = town with { Candidates = towns, Cued = true };
            mentions[i + 1] = state with { Candidates = states, Qualifier = true };
        }
    }
}
