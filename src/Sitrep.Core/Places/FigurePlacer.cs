using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Places;

/// <summary>
/// The place stage: gives each figure the place its sentence ties it to ("40 in Assam"), else the place its paragraph
/// (or the paragraph before) names, else the report's main place. Several places in a sentence with no one tied to the
/// number ("81 dead in three states: 40 in Assam, 25 in Meghalaya …") give the place that holds them all (the whole).
/// </summary>
public sealed class FigurePlacer
{
    /// <summary>A town named without a cue is the report's place only when named this often (a name met once may be a person's).</summary>
    private const double Repeated = 2;

    private readonly Lazy<Gazetteer> _gazetteer;

    public FigurePlacer(Lazy<Gazetteer> gazetteer)
    {
        _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
    }

    /// <summary>The places the report names, resolved (for a report's or story's places, and for tests).</summary>
    public IReadOnlyList<(TextSpan Span, PlaceEntry Entry)> Places(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return [.. Mentions(article).Where(m => m.Usable).Select(m => (m.Span, m.Entry))];
    }

    /// <summary>The report's main place: its dateline's, else where most of its places lie (country, then area, then town).</summary>
    public PlaceEntry? MainPlace(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Main(Mentions(article), article.Text).Main;
    }

    /// <summary>Gives each figure its place (figures in text order of one article).</summary>
    /// <returns>The report's main place (<see cref="MainPlace"/>).</returns>
    public FigurePlace? Apply(Article article, List<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(figures);
        var mentions = Mentions(article);
        var usable = mentions.Where(m => m.Usable).ToList();
        var (main, support) = Main(mentions, article.Text);
        // A figure falls back on the report's main place only when the report names it more than once (or in its
        // dateline), or when every place it names lies in that country: a country named once beside another ("Britain and
        // Japan pledge aid") says who gave, not where the dead were.
        // A report that names no place as one counts in the one country of the towns it names without a cue, when it names
        // two or more ("flooded Arques and Blendecques": one town alone is as often a person, "Sofia Lindahl said"), else
        // of its people or authorities ("Moroccan authorities said").
        var fallback = support >= 2 || (main is not null && support >= 1 && Unanimous(mentions, main.Country)) ? main
            : usable.Count == 0 ? OnlyCountry(mentions, bare: true) ?? OnlyCountry(mentions, bare: false) : null;
        string text = article.Text;
        var readings = new (PlaceEntry? Tied, PlaceEntry? Whole)[figures.Count];
        Dictionary<string, Dictionary<PlaceEntry, int>>? byEvent = null;
        for (int i = 0; i < figures.Count; i++)
        {
            readings[i] = InSentence(figures, i, usable, text, fallback ?? main);
            if (readings[i].Tied is { } tied && figures[i].Event is { } e && IsCasualty(figures[i].Measure))
            {
                byEvent ??= new Dictionary<string, Dictionary<PlaceEntry, int>>(StringComparer.Ordinal);
                var counts = byEvent.TryGetValue(e, out var c) ? c : byEvent[e] = [];
                counts[tied] = counts.GetValueOrDefault(tied) + 1;
            }
        }

        (int Sentence, PlaceEntry? Place) paragraph = (-1, null); // the figures of one sentence share their paragraph's place
        (PlaceEntry? Entry, FigurePlace? Place) last = (null, null); // most of a report's figures share a place: one record for them
        for (int i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            var (tied, whole) = readings[i];
            // A figure its sentence ties to no place: the whole of a breakdown over two places or more ("81 dead in three
            // states: 40 in Assam …"),
            // else where the report places its event ("the explosion" in Nagorno-Karabakh), else the sentence's places'
            // whole, else the paragraph's place, else the report's.
            bool breakdown = whole is not null && TwoPlacesBeside(figures, readings, i);
            var entry = tied
                        ?? (breakdown ? whole : null)
                        ?? (f.Event is { } e && byEvent is not null && byEvent.TryGetValue(e, out var counts) ? MostCounted(counts) : null)
                        ?? ThingsAfter(figures, readings, i, usable, text)
                        ?? whole
                        ?? (paragraph.Sentence == f.SentenceSpan.Start ? paragraph : paragraph = (f.SentenceSpan.Start, InParagraph(f.SentenceSpan.Start, usable, text))).Place
                        ?? fallback;
            if (entry is not null)
            {
                last = ReferenceEquals(entry, last.Entry) ? last : (entry, FigurePlace.From(entry));
                figures[i] = f with { Place = last.Place, Flags = ByPlace(figures, readings, i) ? f.Flags | FigureFlags.ByPlace : f.Flags };
            }
        }

        return main is null ? null : ReferenceEquals(main, last.Entry) ? last.Place : FigurePlace.From(main);
    }

    /// <summary>
    /// Whether every place a report names as one, and every people it names ("Kenyan"), lie in one country: then one mention
    /// of it is enough for its figures ("Rescuers recovered 224 bodies. Most of the dead were from villages in Kerala"),
    /// where two countries named once each say who gave ("Aid arrived from Britain and Japan").
    /// </summary>
    private static bool Unanimous(List<PlaceMention> mentions, string country)
    {
        foreach (var m in mentions)
        {
            if ((m.Usable || m.Weak) && !string.Equals(m.Entry.Country, country, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The one country that all of a report's towns named without a cue lie in (<paramref name="bare"/>), or that all its
    /// hints name ("Moroccan", "Sudanese"); null for none or several.
    /// </summary>
    private PlaceEntry? OnlyCountry(List<PlaceMention> mentions, bool bare)
    {
        string? country = null;
        PlaceEntry? first = null;
        bool two = false;
        foreach (var m in mentions)
        {
            bool counts = bare
                ? !m.Weak && !m.Qualifier && m.Entry.Precision == PlacePrecision.Place
                : m.Weak && !m.Qualifier && m.Entry.Precision == PlacePrecision.Country;
            if (counts)
            {
                if (country is not null && !string.Equals(country, m.Entry.Country, StringComparison.Ordinal))
                {
                    return null;
                }

                country = m.Entry.Country;
                two |= first is not null && !ReferenceEquals(first, m.Entry);
                first ??= m.Entry;
            }
        }

        return country is null || (bare && !two) ? null : _gazetteer.Value.Country(country);
    }

    /// <summary>
    /// The place the sentence ties its next count to, when that count is of things, not people: the things hold the people
    /// counted before them ("146,000 people are sheltering in 155 sites in and around Beira", "600 people from 14 villages
    /// in Bahraich district were evacuated"); null otherwise.
    /// </summary>
    private static PlaceEntry? ThingsAfter(List<Figure> figures, (PlaceEntry? Tied, PlaceEntry? Whole)[] readings, int i, List<PlaceMention> mentions, string text)
    {
        int next = i + 1;
        if (next >= figures.Count || figures[next].SentenceSpan.Start != figures[i].SentenceSpan.Start || figures[next].Measure != Measure.Other
            || readings[next].Tied is not { } place)
        {
            return null;
        }

        // The place after the things, with no other place and no clause's end between the people and the things ("1,480
        // people have been confirmed dead; Qatar pledged 50 tents" is no count of tents where the dead were).
        int from = figures[i].Span.Start + figures[i].Span.Length, things = figures[next].Span.Start;
        int first = FirstAtOrAfter(mentions, from);
        return text.AsSpan(from, things - from).IndexOfAny(';', ':') < 0 && first < mentions.Count && mentions[first].Span.Start >= things
               && ReferenceEquals(mentions[first].Entry, place)
            ? place
            : null;
    }

    /// <summary>Whether the other figures of figure <paramref name="i"/>'s sentence are tied to two different places or more.</summary>
    private static bool TwoPlacesBeside(List<Figure> figures, (PlaceEntry? Tied, PlaceEntry? Whole)[] readings, int i)
    {
        int sentence = figures[i].SentenceSpan.Start;
        PlaceEntry? first = null;
        for (int j = 0; j < figures.Count; j++)
        {
            if (j == i || figures[j].SentenceSpan.Start != sentence || readings[j].Tied is not { } tied)
            {
                continue;
            }

            if (first is null)
            {
                first = tied;
            }
            else if (!EqualityComparer<PlaceEntry>.Default.Equals(first, tied))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a figure is one place's part of a breakdown: its sentence ties it and another figure of the same measure
    /// to two different places ("40 in Assam, 25 in Meghalaya").
    /// </summary>
    private static bool ByPlace(List<Figure> figures, (PlaceEntry? Tied, PlaceEntry? Whole)[] readings, int i)
    {
        var f = figures[i];
        if (readings[i].Tied is not { } tied || f.Measure == Measure.Other)
        {
            return false;
        }

        for (int j = 0; j < figures.Count; j++)
        {
            if (j != i && figures[j].SentenceSpan.Start == f.SentenceSpan.Start && figures[j].Measure == f.Measure
                && readings[j].Tied is { } other && !other.Equals(tied))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts of an event's toll, which hold where the event happened (unlike the displaced, counted where they went).</summary>
    private static bool IsCasualty(Measure measure) =>
        measure is Measure.Killed or Measure.Injured or Measure.Missing or Measure.Hospitalized or Measure.Identified;

    private static PlaceEntry MostCounted(Dictionary<PlaceEntry, int> counts)
    {
        PlaceEntry? best = null;
        int top = 0;
        foreach (var (e, n) in counts)
        {
            if (n > top)
            {
                (best, top) = (e, n);
            }
        }

        return best!;
    }

    /// <summary>The places the report names, found and resolved (every mention, usable or not).</summary>
    internal List<PlaceMention> Mentions(Article article)
    {
        var gazetteer = _gazetteer.Value;
        var mentions = PlaceMentionFinder.Find(article.Text, gazetteer);
        PlaceResolver.Resolve(article.Text, mentions, OutletCountry.Of(article, gazetteer));
        PlaceResolver.DropStrays(article.Text, mentions);
        return mentions;
    }

    /// <returns>The place the sentence ties the number to (after it: "40 in Assam"; before it: "In Assam, 40 died"), and the place that holds all the sentence's places.</returns>
    /// <param name="home">The report's place when it holds its figures firmly (its fallback), else its main place, or null.</param>
    private (PlaceEntry? Tied, PlaceEntry? Whole) InSentence(List<Figure> figures, int index, List<PlaceMention> mentions, string text, PlaceEntry? home)
    {
        var f = figures[index];
        int from = f.SentenceSpan.Start, to = f.SentenceSpan.Start + f.SentenceSpan.Length;
        int first = FirstAtOrAfter(mentions, from);
        if (first >= mentions.Count || mentions[first].Span.Start >= to)
        {
            return (null, null);
        }

        // The numbers around this one in the sentence bound the words that belong to it.
        int previousNumber = from, nextNumber = to;
        foreach (var other in figures)
        {
            if (other.SentenceSpan.Start != from || ReferenceEquals(other, f))
            {
                continue;
            }

            int at = other.Span.Start;
            if (at < f.Span.Start)
            {
                previousNumber = Math.Max(previousNumber, other.Span.Start + other.Span.Length);
            }
            else if (at > f.Span.Start)
            {
                nextNumber = Math.Min(nextNumber, at);
            }
        }

        int end = f.Span.Start + f.Span.Length;
        PlaceEntry? before = null, beforeOrigin = null, common = null, origin = null;
        int originEnd = 0;
        bool apart = false;
        for (int k = first; k < mentions.Count && mentions[k].Span.Start < to; k++)
        {
            var m = mentions[k];
            if (m.Span.Start >= end && m.Span.Start < nextNumber && !Clause(text, end, m.Span.Start))
            {
                if (!m.Origin && (origin is null || m.Cued || WordsBetween(text, originEnd, m.Span.Start) <= DestinationReach))
                {
                    // "40 in Assam"; after an origin, the place it went to: "4,300 crossed from Syria into Lebanon" counts
                    // in Lebanon, "900 from Aleppo had entered Turkey" in Turkey, but "3,000 fled Goma as news spread that
                    // Rwanda had closed the border" in Goma.
                    return (m.Entry, null);
                }

                if (m.Origin && origin is null)
                {
                    (origin, originEnd) = (m.Entry, m.End);
                }
            }

            if (m.End <= f.Span.Start && OtherClause(text, m.End, f.Span.Start))
            {
                continue; // "Britain and Japan pledge aid as the toll rises to 41": not where the 41 died
            }

            if (m.End <= f.Span.Start && m.Span.Start >= previousNumber)
            {
                // "In Assam, 40 died"; not "returnees from Pakistan, including 1,240 families", counted where they arrived.
                if (m.Origin)
                {
                    beforeOrigin = m.Entry;
                }
                else
                {
                    before = m.Entry;
                }
            }

            common = common is null ? m.Entry : Common(_gazetteer.Value, common, m.Entry);
            apart |= common is null;
        }

        var tied = before ?? Opening(text, from, f.Span.Start, mentions, first);
        if (tied is null && (beforeOrigin ?? origin) is { } came)
        {
            // Where people came from holds them when nothing else does ("3,000 fled Goma"); not in a report whose place is in
            // another country, which counts them where they arrived ("RENK — 3,900 people crossing from Sudan were
            // registered", "9,400 arrivals from Ukraine, 2,000 of them registered in Przemyśl").
            tied = home is not null && !string.Equals(home.Country, came.Country, StringComparison.Ordinal) ? home : came;
        }

        return (tied, apart ? null : common);
    }

    /// <summary>
    /// The place of a sentence's opening phrase ("In Chimanimani district, heavy rains destroyed 200 homes and displaced
    /// 900 people"), which holds every number of the sentence that names no place of its own, or null: the last place
    /// named as one before the sentence's first comma, when that comma comes before the number after a few words without
    /// a number.
    /// </summary>
    private static PlaceEntry? Opening(string text, int sentenceStart, int number, List<PlaceMention> mentions, int first)
    {
        int comma = text.AsSpan(sentenceStart, number - sentenceStart).IndexOf(',');
        if (comma < 0 || WordsBetween(text, sentenceStart, sentenceStart + comma) > OpeningWords
            || text.AsSpan(sentenceStart, comma).IndexOfAnyInRange('0', '9') >= 0)
        {
            return null;
        }

        PlaceEntry? place = null;
        for (int k = first; k < mentions.Count && mentions[k].End <= sentenceStart + comma; k++)
        {
            place = mentions[k].Cued && !mentions[k].Origin && !mentions[k].Dateline ? mentions[k].Entry : place; // a dateline is no phrase of the sentence
        }

        return place;
    }

    /// <summary>The most words of a sentence's opening phrase ("Across the north of Sudan's Darfur region,").</summary>
    private const int OpeningWords = 8;

    /// <summary>How many words after where people came from a place may still be where they went ("from Aleppo had entered Turkey").</summary>
    private const int DestinationReach = 2;

    /// <summary>The words between two offsets of the text (runs of letters or digits).</summary>
    private static int WordsBetween(string text, int from, int to)
    {
        int words = 0;
        for (int i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == from || !char.IsLetterOrDigit(text[i - 1])))
            {
                words++;
            }
        }

        return words;
    }

    /// <summary>Whether a word that opens another clause ("as", "after", "while": <c>clause</c> in place-words.tsv) stands between a place and a number after it.</summary>
    private bool OtherClause(string text, int from, int to)
    {
        var gazetteer = _gazetteer.Value;
        for (int i = from; i < to; i++)
        {
            if (!char.IsLetter(text[i]) || (i > from && char.IsLetter(text[i - 1])))
            {
                continue;
            }

            int e = i;
            while (e < to && char.IsLetter(text[e]))
            {
                e++;
            }

            if (gazetteer.Role(text.AsSpan(i, e - i)) == PlaceWordRole.Clause)
            {
                return true;
            }

            i = e;
        }

        return false;
    }

    /// <summary>Whether a clause boundary (a comma, ";", a dash, a parenthesis) stands between a number and a place after it.</summary>
    private bool Clause(string text, int from, int to)
    {
        var between = text.AsSpan(from, to - from);
        int mark = between.IndexOfAny(",;:()\u2014");
        // Not the comma of "in Kornidzor, Syunik province": right before the place, after a capitalised word or an area word.
        return mark >= 0 && !(mark == between.Length - 2 && between[mark] == ',' && between[^1] == ' ' && AfterName(text, from + mark));
    }

    /// <summary>Whether a capitalised word ("Kornidzor") or a lower-case area word ("Renk county") ends at <paramref name="at"/>.</summary>
    private bool AfterName(string text, int at)
    {
        var word = PlaceMentionFinder.WordBefore(text, at);
        return word.Length > 1 && (char.IsUpper(word[0]) || _gazetteer.Value.Role(word) == PlaceWordRole.Suffix);
    }

    /// <summary>The place that holds both: one of them, else their area, else their country; null across countries.</summary>
    private static PlaceEntry? Common(Gazetteer gazetteer, PlaceEntry a, PlaceEntry b)
    {
        if (a.IsWithin(b))
        {
            return b;
        }

        if (b.IsWithin(a))
        {
            return a;
        }

        if (!string.Equals(a.Country, b.Country, StringComparison.Ordinal))
        {
            return null;
        }

        return a.Admin1 is { } area && string.Equals(area, b.Admin1, StringComparison.Ordinal) && gazetteer.Area(area) is { } whole
            ? whole
            : gazetteer.Country(a.Country);
    }

    private static PlaceEntry? InParagraph(int sentenceStart, List<PlaceMention> mentions, string text)
    {
        int paragraph = ParagraphStart(text, sentenceStart);
        int previous = paragraph > 0 ? ParagraphStart(text, paragraph - 1) : paragraph;
        PlaceEntry? inThis = null, inPrevious = null;
        foreach (var m in mentions)
        {
            if (m.Span.Start >= sentenceStart)
            {
                break;
            }

            if (m.Span.Start >= paragraph)
            {
                inThis = m.Entry;
            }
            else if (m.Span.Start >= previous)
            {
                inPrevious = m.Entry;
            }
        }

        return inThis ?? inPrevious;
    }

    /// <summary>Where the paragraph holding <paramref name="at"/> starts: after the last line break (and blank lines) before it.</summary>
    private static int ParagraphStart(string text, int at)
    {
        int i = Math.Min(at, text.Length);
        while (i > 0 && text[i - 1] is '\n' or '\r' or ' ')
        {
            i--;
        }

        int nl = i > 0 ? text.LastIndexOf('\n', i - 1) : -1;
        return nl + 1;
    }

    private static int FirstAtOrAfter(List<PlaceMention> mentions, int at)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (mentions[mid].Span.Start < at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// The report's main place: the country most of its places lie in, then the area most of them lie in within it, then
    /// the town named most within that. A dateline counts thrice; a hint ("Armenian") counts for its country only.
    /// </summary>
    /// <returns>The main place and how much the report names its country (mentions; a dateline counts thrice).</returns>
    private (PlaceEntry? Main, double Support) Main(List<PlaceMention> mentions, string text)
    {
        var gazetteer = _gazetteer.Value;
        var weights = new Dictionary<PlaceEntry, double>();
        var uncued = new Dictionary<PlaceEntry, double>();
        foreach (var m in mentions)
        {
            // A town named without a cue ("a Kansas City teen", "Savannah's 44th homicide") is most often where the
            // report is, but may be a person's or a team's name: it decides only what the cued places leave open.
            bool bare = !m.Usable && !m.Weak && !m.Qualifier && m.Entry.Precision == PlacePrecision.Place;
            // A county ("Horry County") counts for its state.
            if (((!m.Usable && !m.Weak) || m.Qualifier) && !bare && !m.County)
            {
                continue;
            }

            var into = bare ? uncued : weights;
            double w = m.Dateline ? 3 : m.Weak ? 0.5 : 1;
            // A neighbourhood ("in Brighton Park") counts for the town it is part of (Chicago).
            for (PlaceEntry? e = gazetteer.PartOf(m.Entry) ?? m.Entry; e is not null; e = gazetteer.Container(e))
            {
                if (!m.Weak || e.Precision == PlacePrecision.Country)
                {
                    into[e] = into.GetValueOrDefault(e) + w;
                }
            }
        }

        if (HubDateline(mentions, text, gazetteer) is { } hub)
        {
            // The dateline still says the area and the country; as a town it counts as one mention, less than the suburb.
            weights[hub] -= 2.1;
        }

        var country = Best(weights, new Scope(PlacePrecision.Country, null, null))
                      ?? Best(uncued, new Scope(PlacePrecision.Country, null, null), Repeated);
        if (country is null)
        {
            return (null, 0);
        }

        var inCountry = new Scope(PlacePrecision.Admin1, country.Country, null);
        var area = Best(weights, inCountry) ?? Best(uncued, inCountry, Repeated);
        var inArea = new Scope(PlacePrecision.Place, country.Country, area);
        // A report that names its state or county but no town as a place: the one town of that area it names without a
        // cue ("a Statesville man … in Iredell County") is where it is, if it names only one.
        var town = Best(weights, inArea) ?? Best(uncued, inArea, Repeated) ?? (area is not null ? OnlyOne(uncued, inArea) : null);
        return (town ?? area ?? country, weights.GetValueOrDefault(country));
    }

    /// <summary>
    /// The dateline's town when it is a station's hub: the report names a smaller town of the same area nearby as where
    /// things happened ("ANCHORAGE –" then "shot in Wasilla", "a Wasilla home"), not as where someone lives ("of Wasilla",
    /// "from Wasilla"). Null otherwise.
    /// </summary>
    private static PlaceEntry? HubDateline(List<PlaceMention> mentions, string text, Gazetteer gazetteer)
    {
        PlaceEntry? hub = null;
        foreach (var m in mentions)
        {
            if (m.Dateline && m.Usable && m.Entry.Precision == PlacePrecision.Place)
            {
                hub = gazetteer.PartOf(m.Entry) ?? m.Entry;
                break;
            }
        }

        if (hub is null)
        {
            return null;
        }

        foreach (var m in mentions)
        {
            var town = gazetteer.PartOf(m.Entry) ?? m.Entry;
            if (!m.Dateline && m.Usable && !m.Origin && town.Precision == PlacePrecision.Place && !ReferenceEquals(town, hub)
                && string.Equals(town.Admin1, hub.Admin1, StringComparison.Ordinal)
                && Km(town, hub) < HubReachKm && !IsResidence(text, m.Span.Start))
            {
                return hub;
            }
        }

        return null;
    }

    /// <summary>How far from a station's hub the towns it reports on lie (a metro area and its outskirts).</summary>
    private const double HubReachKm = 80;

    /// <summary>Distance in km, flat-earth: close enough within a metro area.</summary>
    private static double Km(PlaceEntry a, PlaceEntry b)
    {
        double x = (b.Lon - a.Lon) * Math.Cos((a.Lat + b.Lat) * Math.PI / 360), y = b.Lat - a.Lat;
        return Math.Sqrt((x * x) + (y * y)) * 111.2;
    }

    /// <summary>
    /// "Vincent Pizzolato, 44, of Monroe", "a street outside Atlanta", "20 miles west of Atlanta": a town named as where
    /// someone lives or as a landmark to measure from, not where things happened.
    /// </summary>
    private static bool IsResidence(string text, int start)
    {
        var word = PlaceMentionFinder.WordBefore(text, start);
        return word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("outside", StringComparison.OrdinalIgnoreCase)
               || word.Equals("near", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The entries of one precision, within a country and an area when given (a struct, not a delegate: no allocation for each report).</summary>
    private readonly record struct Scope(PlacePrecision Precision, string? Country, PlaceEntry? Area)
    {
        public bool Holds(PlaceEntry e) =>
            e.Precision == Precision && (Country is null || e.Country == Country) && (Area is null || e.Admin1 == Area.Admin1);
    }

    private static PlaceEntry? Best(Dictionary<PlaceEntry, double> weights, Scope scope, double least = 0)
    {
        PlaceEntry? best = null;
        double top = least - 0.001;
        foreach (var (e, w) in weights)
        {
            if (scope.Holds(e) && (w > top || (w == top && best is not null && string.CompareOrdinal(e.Name, best.Name) < 0)))
            {
                (best, top) = (e, w);
            }
        }

        return best;
    }

    /// <summary>The one entry of the scope among the keys, or null when there are none or several.</summary>
    private static PlaceEntry? OnlyOne(Dictionary<PlaceEntry, double> weights, Scope scope)
    {
        PlaceEntry? one = null;
        foreach (var e in weights.Keys)
        {
            if (scope.Holds(e))
            {
                if (one is not null)
                {
                    return null;
                }

                one = e;
            }
        }

        return one;
    }
}
