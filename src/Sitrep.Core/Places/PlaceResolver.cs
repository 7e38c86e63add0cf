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
        DropStrays(text, mentions, byPrior: true);
        for (int i = 0; i < mentions.Count; i++)
        {
            // "Mopti" is the town and the region named after it: the town, which the region holds.
            var m = mentions[i];
            if (m.Candidates.Length > 1 && TownsAndTheirAreas(m.Candidates))
            {
                mentions[i] = m with { Candidates = WithoutAreasOfTheirTowns(m.Candidates) };
            }
        }

        int count = mentions.Count;
        bool ambiguous = false;
        for (int i = 0; i < count && !ambiguous; i++)
        {
            ambiguous = mentions[i].Candidates.Length > 1;
        }

        if (!ambiguous)
        {
            return;
        }

        // In rounds: each round after the first weighs what the one before chose for the other names, until a round
        // changes nothing (three at most). A name's own mentions are no evidence for it ("Roswell" ten times says nothing
        // of which Roswell), so votes are also kept by name, to take off.
        var names = new int[count];
        var choice = new int[count];
        var previous = new int[count];
        var undecided = new bool[count];
        for (int i = 0; i < count; i++)
        {
            names[i] = string.GetHashCode(text.AsSpan(mentions[i].Span.Start, mentions[i].Span.Length), StringComparison.OrdinalIgnoreCase);
        }

        // Each meaning's own weight (a logarithm for a town), once for all rounds.
        var offsets = new int[count + 1];
        for (int i = 0; i < count; i++)
        {
            offsets[i + 1] = offsets[i] + (mentions[i].Candidates.Length > 1 ? mentions[i].Candidates.Length : 0);
        }

        double[] priors = System.Buffers.ArrayPool<double>.Shared.Rent(Math.Max(1, offsets[count]));
        for (int i = 0; i < count; i++)
        {
            var m = mentions[i];
            if (m.Candidates.Length < 2)
            {
                continue;
            }

            for (int k = 0; k < m.Candidates.Length; k++)
            {
                priors[offsets[i] + k] = Prior(m.Candidates[k]);
            }
        }

        // Whether all of a name's meanings lie in one country: its meanings stay the same from round to round. Whether a
        // name votes with any of its meanings: a town named without a cue ("Hawkins said") never does.
        var oneCountry = new bool[count];
        var mayVote = new bool[count];
        for (int i = 0; i < count; i++)
        {
            oneCountry[i] = Unambiguous(mentions[i], out _);
            mayVote[i] = MayVote(mentions[i]);
        }

        // "The Anderson County coroner … who live in Anderson": a county's name is most often its seat's too, so a town of a
        // county's name is rather one in a state that has that county than a bigger namesake elsewhere (one more vote for
        // its area). The states of each county named, by the county's name.
        VoteTally counties = new();
        for (int i = 0; i < count; i++)
        {
            if (mentions[i].County)
            {
                for (int k = 0; k < mentions[i].Candidates.Length; k++)
                {
                    if (mentions[i].Candidates[k].Admin1 is { } state)
                    {
                        counties.Set(state, 1, names[i]);
                    }
                }
            }
        }

        // Votes by code (a country's, an area's), and by name and code: a name's own votes, to take off.
        VoteTally countries = new(), areas = new(), own = new();
        Span<int> buffer = stackalloc int[256];
        for (int round = 0; round < Rounds; round++)
        {
            countries.Clear();
            areas.Clear();
            own.Clear();
            for (int i = 0; i < count; i++)
            {
                var m = mentions[i];
                // A town named without a cue ("Sherman", "Jackson") is too often a person or a street to be evidence; in
                // the first round a name counts only for what all its meanings share.
                var e = m.Candidates[choice[i]];
                if (!(m.UsableAs(e) || m.Weak || m.Qualifier) || (round == 0 && !oneCountry[i]))
                {
                    continue;
                }

                countries.Add(e.Country);
                own.Add(e.Country, 1, names[i]);
                if (e.Admin1 is { } a && (round > 0 || AllIn(m, a)))
                {
                    if (own.Get(a, names[i]) == 0)
                    {
                        areas.Add(a); // names, not mentions: "Liberty City" twice is one voice
                    }

                    own.Set(a, 1, names[i]);
                }
            }

            bool changed = false;
            for (int i = 0; i < count; i++)
            {
                var m = mentions[i];
                if (m.Candidates.Length < 2)
                {
                    continue;
                }

                // Among equals the meaning chosen last round stays, then the one before it, then the gazetteer's order.
                int n = m.Candidates.Length;
                bool acrossCountries = !oneCountry[i];
                var order = n <= buffer.Length ? buffer[..n] : new int[n];
                int filled = 0;
                if (round > 0)
                {
                    order[filled++] = choice[i];
                }

                if (round > 1 && previous[i] != choice[i])
                {
                    order[filled++] = previous[i];
                }

                for (int k = 0; k < n; k++)
                {
                    if ((round == 0 || k != choice[i]) && (round < 2 || k != previous[i]))
                    {
                        order[filled++] = k;
                    }
                }

                int best = 0;
                double bestScore = double.NegativeInfinity, second = double.NegativeInfinity;
                // A name's meanings come by country: the votes of the country (and area) asked last are kept.
                string? lastCountry = null, lastArea = null;
                int inCountry = 0, inArea = 0;
                foreach (int k in order)
                {
                    var c = m.Candidates[k];
                    if (!ReferenceEquals(c.Country, lastCountry))
                    {
                        (lastCountry, inCountry) = (c.Country, countries.Get(c.Country) - own.Get(c.Country, names[i]));
                    }

                    if (c.Admin1 is not { } a)
                    {
                        inArea = 0;
                        lastArea = null;
                    }
                    else if (!ReferenceEquals(a, lastArea))
                    {
                        (lastArea, inArea) = (a, areas.Get(a) - own.Get(a, names[i]) + (!m.County && counties.Get(a, names[i]) > 0 ? 1 : 0));
                    }

                    // One other name in the area weighs half as much as two: a small namesake beside one stray town of its
                    // state ("Liberty City", Texas) does not outweigh a big city ("Miami").
                    double score = priors[offsets[i] + k] + (inCountry > 0 ? SameCountry : 0) + (SameArea * Math.Min(2, Math.Max(0, inArea)) / 2)
                                   + (string.Equals(c.Country, outletCountry, StringComparison.Ordinal) ? OutletCountry : 0)
                                   + (acrossCountries ? AreaWeight(c) : 0);
                    if (score > bestScore)
                    {
                        (best, bestScore, second) = (k, score, bestScore);
                    }
                    else
                    {
                        second = Math.Max(second, score);
                    }
                }

                // A name that never votes changes no tally: the next round would weigh as this one did and keep every
                // choice (the one made last stays first among equals), so its change calls for no other round.
                changed |= choice[i] != best && mayVote[i];
                previous[i] = choice[i];
                choice[i] = best;
                undecided[i] = bestScore == second;
            }

            if (!changed && round > 0)
            {
                break;
            }
        }

        for (int i = 0; i < count; i++)
        {
            var m = mentions[i];
            if (m.Candidates.Length < 2)
            {
                continue;
            }

            // "Lawrence County" with nothing else to say which state's: it is not evidence for any one of them.
            mentions[i] = m with { Candidates = [m.Candidates[choice[i]]], County = m.County && !undecided[i] };
        }

        System.Buffers.ArrayPool<double>.Shared.Return(priors);
    }

    private const int Rounds = 3;

    /// <summary>A town of fewer people than this is a village, whose namesakes abroad are many (<see cref="DropStrays"/>).</summary>
    private const int Village = 20_000;

    /// <summary>
    /// Drops a village named as a place in a country no other name of the report lies in, when the report's other names
    /// lie firmly in another (its dateline, or two names): "PORT VILA, Vanuatu — … 60 homes were flattened in Mele" is a
    /// village the gazetteer lacks, not Mele in Italy; "GANGTOK — … stranded in Lachen" is not the Swiss Lachen. So is a
    /// second-level area abroad ("Kani township" in Sagaing is not the Japanese city district Kani Shi). The figure
    /// then takes its paragraph's or the report's place. A town of a foreign country the report names ("arrived in
    /// Przemyśl, Poland") stays, and so does a bigger town, unless "island" follows it and one other name lies elsewhere.
    /// </summary>
    /// <param name="byPrior">Before resolution: each other name counts for its meaning of most weight of its own (a
    /// capital over its namesakes: "FREETOWN — … at Regent" drops Regent, North Dakota, before it can make Freetown a US
    /// town).</param>
    public static void DropStrays(string text, List<PlaceMention> mentions, bool byPrior = false)
    {
        List<(string Country, double Weight)>? weights = null; // the other names' weight by country, for each village in turn
        for (int i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            var e = m.Entry;
            if (!m.Usable || m.Dateline || e.Precision is not (PlacePrecision.Place or PlacePrecision.Admin2)
                || (m.Candidates.Length > 1 && !VillagesOfOneCountry(m.Candidates, districtsToo: true)))
            {
                continue;
            }

            // "Mango island" in Tonga is no town of Florida, "Santiago island" in Cape Verde no capital of Chile: an island
            // of a town's name, in a report that names another country, is that country's.
            bool island = IslandAfter(text, m.End);
            if (e.Population >= Village && !island)
            {
                continue;
            }

            (weights ??= []).Clear();
            if (ElsewhereFirmly(mentions, m, weights, island ? 1 : 2, byPrior))
            {
                mentions.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// Whether every meaning of a name is a village of one country ("Dana": five in the US, none of 20,000 people), or,
    /// with <paramref name="districtsToo"/>, a village or a second-level area ("Kani township": a Japanese town and its
    /// city district, in a report on Myanmar's Sagaing region).
    /// </summary>
    private static bool VillagesOfOneCountry(PlaceEntry[] candidates, bool districtsToo = false)
    {
        foreach (var c in candidates)
        {
            if (!(c.Precision == PlacePrecision.Place || (districtsToo && c.Precision == PlacePrecision.Admin2)) || c.Population >= Village
                || !string.Equals(c.Country, candidates[0].Country, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a dateline of the report lies in another country than <paramref name="country"/>.</summary>
    private static bool DatelineElsewhere(List<PlaceMention> mentions, string country, bool byPrior)
    {
        foreach (var m in mentions)
        {
            if (m.Dateline && !string.Equals((byPrior ? Strongest(m.Candidates) : m.Entry).Country, country, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of a name's meanings in <paramref name="country"/> is more than a village: a town of 20,000 people or more, an area, the country.</summary>
    private static bool BiggerThanVillageIn(PlaceEntry[] candidates, string country)
    {
        foreach (var c in candidates)
        {
            if (string.Equals(c.Country, country, StringComparison.Ordinal) && (c.Precision != PlacePrecision.Place || c.Population >= Village))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The meaning of most weight of its own (<see cref="Prior"/>).</summary>
    private static PlaceEntry Strongest(PlaceEntry[] candidates)
    {
        var best = candidates[0];
        for (int k = 1; k < candidates.Length; k++)
        {
            best = Prior(candidates[k]) > Prior(best) ? candidates[k] : best;
        }

        return best;
    }

    /// <summary>Whether "island" follows a name ("Mango island", "Santiago Island").</summary>
    private static bool IslandAfter(string text, int end) =>
        end + 7 <= text.Length && text[end] == ' ' && text.AsSpan(end + 1, 6).Equals("island", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether no other name of the report but villages lies in <paramref name="village"/>'s country, and one other country
    /// has a dateline or <paramref name="firmly"/> names (a dateline weighs 2, any other name 1).
    /// </summary>
    private static bool ElsewhereFirmly(List<PlaceMention> mentions, PlaceMention village, List<(string Country, double Weight)> weights, double firmly, bool byPrior)
    {
        var e = village.Entry;
        double firm = 0;
        foreach (var other in mentions)
        {
            var o = byPrior ? Strongest(other.Candidates) : other.Entry;
            if (ReferenceEquals(other, village) || string.Equals(o.Name, e.Name, StringComparison.Ordinal) || other.Origin)
            {
                continue; // the village named again is no other name; where people fled from is not where the report is
            }

            if (string.Equals(o.Country, e.Country, StringComparison.Ordinal))
            {
                if (!other.Dateline && !other.Weak && VillagesOfOneCountry(other.Candidates) && DatelineElsewhere(mentions, e.Country, byPrior))
                {
                    continue; // "FREETOWN — … at Regent … Sugar Loaf": against a dateline, two villages abroad do not vouch for each other
                }

                return false;
            }

            if (byPrior && other.Dateline && BiggerThanVillageIn(other.Candidates, e.Country))
            {
                return false; // "Mérida: … Tovar and Zea": the dateline's Venezuelan city vouches for the villages
            }

            int k = weights.Count - 1;
            while (k >= 0 && !string.Equals(weights[k].Country, o.Country, StringComparison.Ordinal))
            {
                k--;
            }

            double weight = (k < 0 ? 0 : weights[k].Weight) + (other.Dateline ? 2 : 1);
            if (k < 0)
            {
                weights.Add((o.Country, weight));
            }
            else
            {
                weights[k] = (o.Country, weight);
            }

            firm = Math.Max(firm, weight);
        }

        return firm >= firmly;
    }

    /// <summary>
    /// Whether a mention counts in the tallies with one of its meanings at least (<see cref="Resolve"/>'s first loop of
    /// each round): a hint, a qualifier, a place named as one, or a name one of whose meanings is an area or a country.
    /// </summary>
    private static bool MayVote(PlaceMention m)
    {
        if (m.Weak || m.Qualifier || m.Cued)
        {
            return true;
        }

        foreach (var c in m.Candidates)
        {
            if (m.UsableAs(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Between two areas of one name in two countries with nothing else to tell them apart ("Adamawa": Nigeria's state and
    /// Cameroon's region; "Punjab"), the one of more people: a hundredth of the log of its towns' people, never more than
    /// a tie-break. Not between areas of one country: "Lawrence County" with no other clue says no state.
    /// </summary>
    private static double AreaWeight(PlaceEntry e) => e.Precision == PlacePrecision.Admin1 ? Math.Log10(e.Population + 1) / 100 : 0;

    /// <summary>Whether a name means both a town and an area that holds it ("Mopti", the town and its region).</summary>
    private static bool TownsAndTheirAreas(PlaceEntry[] candidates)
    {
        for (int i = 0; i < candidates.Length; i++)
        {
            if (candidates[i].Precision == PlacePrecision.Admin1 && AnyWithin(candidates, candidates[i], PlacePrecision.Place))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every meaning of a name lies in area <paramref name="admin1"/>.</summary>
    private static bool AllIn(PlaceMention m, string admin1)
    {
        var candidates = m.Candidates;
        for (int k = 0; k < candidates.Length; k++) // by index: no enumerator for a list asked of every name in every report
        {
            if (!string.Equals(candidates[k].Admin1, admin1, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A name's own weight: a country over most towns; an area as a town of 300,000 people (so "Santa Ana" is the
    /// Californian city of that size rather than the Salvadoran department); a bigger town or a seat over a smaller one.
    /// </summary>
    private static double Prior(PlaceEntry e) => e.Precision switch
    {
        PlacePrecision.Country => 9,
        PlacePrecision.Admin1 => 5.5,
        PlacePrecision.Admin2 => 4.5,
        _ => Math.Log10(e.Population > 0 ? Math.Max(e.Population, 10) : UnknownPopulation) + (e.Seat / 2.0),
    };

    /// <summary>A name whose meanings all lie in one country counts for that country from the start.</summary>
    private static bool Unambiguous(PlaceMention m, out string country)
    {
        var candidates = m.Candidates;
        country = candidates[0].Country;
        for (int k = 1; k < candidates.Length; k++)
        {
            if (!string.Equals(candidates[k].Country, country, StringComparison.Ordinal))
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

            if (TownsInStates(town.Candidates, state.Candidates) is { } paired)
            {
                mentions[i] = town with { Candidates = paired.Towns, Cued = true };
                mentions[i + 1] = state with { Candidates = paired.States, Qualifier = true };
            }
        }
    }

    /// <summary>The towns that lie in one of the states, largest first, and those states; null when none does.</summary>
    private static (PlaceEntry[] Towns, PlaceEntry[] States)? TownsInStates(PlaceEntry[] towns, PlaceEntry[] states)
    {
        List<PlaceEntry>? within = null;
        for (int i = 0; i < towns.Length; i++)
        {
            var t = towns[i];
            if (t.Precision is PlacePrecision.Place or PlacePrecision.Admin2 && InAnyArea(t, states))
            {
                (within ??= []).Add(t);
            }
        }

        if (within is null)
        {
            return null;
        }

        var holding = new List<PlaceEntry>();
        for (int i = 0; i < states.Length; i++)
        {
            var s = states[i];
            if (s.Precision != PlacePrecision.Place && within.Exists(t => LiesIn(t, s)))
            {
                holding.Add(s);
            }
        }

        within.Sort((a, b) => b.Population.CompareTo(a.Population));
        return ([.. within], [.. holding]);
    }

    /// <summary>The candidates without the areas that hold a town among them.</summary>
    private static PlaceEntry[] WithoutAreasOfTheirTowns(PlaceEntry[] candidates)
    {
        var kept = new List<PlaceEntry>(candidates.Length);
        for (int i = 0; i < candidates.Length; i++)
        {
            var a = candidates[i];
            if (a.Precision != PlacePrecision.Admin1 || !AnyWithin(candidates, a, PlacePrecision.Place))
            {
                kept.Add(a);
            }
        }

        return [.. kept];
    }

    /// <summary>Whether an entry among <paramref name="entries"/> (of the precision, if given) lies in <paramref name="area"/> (a loop, not LINQ: asked for every candidate).</summary>
    internal static bool AnyWithin(ReadOnlySpan<PlaceEntry> entries, PlaceEntry area, PlacePrecision? precision = null)
    {
        for (int i = 0; i < entries.Length; i++)
        {
            if ((precision is null || entries[i].Precision == precision) && entries[i].IsWithin(area))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="entry"/> lies in one of the <paramref name="areas"/> that are no town.</summary>
    private static bool InAnyArea(PlaceEntry entry, PlaceEntry[] areas)
    {
        for (int i = 0; i < areas.Length; i++)
        {
            if (areas[i].Precision != PlacePrecision.Place && LiesIn(entry, areas[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a town lies in an area, a district counting as holding the towns of its first-level area ("Santa Rosa,
    /// Laguna": the gazetteer places Philippine towns and provinces in their regions only).
    /// </summary>
    private static bool LiesIn(PlaceEntry town, PlaceEntry area) =>
        town.IsWithin(area)
        || (area.Precision == PlacePrecision.Admin2 && town.Precision == PlacePrecision.Place && town.Admin1 is not null
            && string.Equals(town.Country, area.Country, StringComparison.Ordinal) && string.Equals(town.Admin1, area.Admin1, StringComparison.Ordinal));
}
