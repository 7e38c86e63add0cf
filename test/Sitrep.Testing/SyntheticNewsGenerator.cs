using System.Globalization;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Testing;

/// <summary>
/// A made-up stream of crisis reports for testing and benchmarking story grouping: events (an earthquake
/// in a made-up province of a real country, a ferry sinking …) each covered by several outlets that word
/// them differently, over several days, with tolls that change. Events share what real ones share —
/// countries, leaders, aid agencies, event types, round numbers — and reports carry background
/// paragraphs about other events and filler. Deterministic for a seed.
/// </summary>
public sealed class SyntheticNewsGenerator
{
    private static readonly string[] Countries =
    [
        "Peru|Peruvian|Lima", "Nepal|Nepalese|Kathmandu", "Kenya|Kenyan|Nairobi", "Indonesia|Indonesian|Jakarta",
        "Turkey|Turkish|Ankara", "Pakistan|Pakistani|Islamabad", "Chile|Chilean|Santiago", "Mozambique|Mozambican|Maputo",
        "Bangladesh|Bangladeshi|Dhaka", "Philippines|Philippine|Manila", "Ethiopia|Ethiopian|Addis Ababa", "Mexico|Mexican|Mexico City",
        "Sudan|Sudanese|Khartoum", "Italy|Italian|Rome", "India|Indian|New Delhi", "Haiti|Haitian|Port-au-Prince",
    ];

    private static readonly EventType[] Types =
    [
        new("earthquake", ["earthquake", "quake", "tremor"], ["struck", "hit", "shook"], ["killed", "injured", "homeless"]),
        new("flood", ["floods", "flooding", "flash floods"], ["swept through", "inundated", "submerged"], ["killed", "missing", "displaced"]),
        new("explosion", ["explosion", "blast"], ["tore through", "ripped through", "destroyed"], ["killed", "injured", "hospitalized"]),
        new("ferry", ["ferry", "passenger boat", "vessel"], ["capsized off", "sank near", "overturned near"], ["killed", "missing", "rescued"]),
        new("landslide", ["landslide", "mudslide"], ["buried", "engulfed", "swept away"], ["killed", "missing", "evacuated"]),
        new("storm", ["cyclone", "storm", "typhoon"], ["battered", "slammed into", "lashed"], ["killed", "injured", "evacuated"]),
        new("fire", ["fire", "blaze"], ["gutted", "engulfed", "swept through"], ["killed", "injured", "homeless"]),
        new("cholera", ["cholera outbreak", "epidemic", "outbreak of cholera"], ["spread through", "hit", "swept"], ["killed", "infected", "hospitalized"]),
        new("offensive", ["offensive", "assault", "attack"], ["targeted", "hit", "overran"], ["killed", "wounded", "fled"]),
    ];

    private static readonly string[] Agencies =
    [
        "Red Cross", "United Nations", "World Health Organization", "UNICEF", "World Food Programme",
        "Doctors Without Borders", "International Organization for Migration", "Save the Children",
    ];

    private static readonly string[] Outlets = ["Wire One", "Daily Ledger", "Evening Post", "Global Radio", "Metro Times", "Capital Herald", "News Desk", "Morning Star"];

    private static readonly string[] FillerNouns =
    [
        "budget", "election", "market", "parliament", "school", "harvest", "currency", "road", "festival", "council",
        "airport", "bank", "tax", "railway", "hospital", "court", "union", "price", "export", "tourism", "energy", "water",
        "fuel", "report", "plan", "policy", "reform", "debt", "loan", "project", "season", "contract", "committee",
    ];

    private static readonly string[] FillerVerbs =
    [
        "approved", "delayed", "criticised", "announced", "reviewed", "rejected", "debated", "expanded", "cut", "praised",
        "postponed", "questioned", "welcomed", "opened", "suspended", "launched",
    ];

    private static readonly string[] FillerAdjectives =
    [
        "new", "annual", "regional", "national", "local", "long-awaited", "controversial", "modest", "ambitious", "delayed",
        "recent", "provincial", "disputed", "costly", "planned",
    ];

    private readonly Random _random;
    private readonly int _events;
    private readonly int _minReports;
    private readonly int _maxReports;
    private readonly int _fillerParagraphs;
    private readonly DateTime _start;
    private readonly double _spanDays;
    private readonly List<Country> _countries;

    /// <param name="events">How many events.</param>
    /// <param name="minReports">Fewest reports per event.</param>
    /// <param name="maxReports">Most reports per event.</param>
    /// <param name="fillerParagraphs">Paragraphs of unrelated filler per report (about 300 bytes each): 0 gives short reports, 8 to 12 reports of 3 to 5 KB.</param>
    /// <param name="spanDays">Days over which the events happen.</param>
    public SyntheticNewsGenerator(int seed, int events, int minReports = 2, int maxReports = 8, int fillerParagraphs = 2, double spanDays = 90)
    {
        _random = new Random(seed);
        _events = events;
        _minReports = minReports;
        _maxReports = maxReports;
        _fillerParagraphs = fillerParagraphs;
        _start = new DateTime(2024, 1, 1);
        _spanDays = spanDays;
        _countries = Countries.Select(c => c.Split('|')).Select(p => new Country(p[0], p[1], p[2], Person(), Person(), Person())).ToList();
    }

    /// <summary>The reports, in publication order; each with the event it covers (for scoring only).</summary>
    public IEnumerable<SyntheticReport> Reports()
    {
        var pending = new PriorityQueue<SyntheticReport, (DateTime, int)>();
        int serial = 0;
        var recent = new List<Event>();
        for (int e = 0; e < _events; e++)
        {
            var when = _start.AddDays(_spanDays * e / _events).AddMinutes(_random.Next(0, 24 * 60));
            var ev = NewEvent(e, when);
            int reports = _random.Next(_minReports, _maxReports + 1);
            for (int r = 0; r < reports; r++)
            {
                var published = when.AddHours(Math.Pow(_random.NextDouble(), 2) * 24 * 6 + 1);
                var article = Write(ev, r, published, recent, serial);
                pending.Enqueue(new SyntheticReport(article, ev.Id), (published, serial));
                serial++;
            }

            recent.Add(ev);
            if (recent.Count > 30)
            {
                recent.RemoveAt(0);
            }

            while (pending.TryPeek(out var next, out var key) && key.Item1 < when)
            {
                pending.Dequeue();
                yield return next;
            }
        }

        while (pending.TryDequeue(out var next, out _))
        {
            yield return next;
        }
    }

    private Event NewEvent(int id, DateTime when)
    {
        var country = _countries[Zipf(_countries.Count)];
        var type = Types[_random.Next(Types.Length)];
        return new Event(id, type, country, Place(), Place(), Person(), Agencies[_random.Next(Agencies.Length)], when,
            Toll(), Toll() * 3, RoundOrNot(_random.Next(200, 40000)));
    }

    private Article Write(Event ev, int index, DateTime published, List<Event> recent, int serial)
    {
        string outlet = Outlets[_random.Next(Outlets.Length)];
        double growth = 1 + (published - ev.When).TotalDays * 0.35;
        int killed = (int)(ev.Killed * growth);
        int second = (int)(ev.Second * growth);
        string noun = Pick(ev.Type.Nouns);
        string verb = Pick(ev.Type.Verbs);
        string weekday = ev.When.DayOfWeek.ToString();
        var text = new StringBuilder();
        string headline = Pick([
            $"{Cap(noun)} kills {killed} in {ev.Country.Name}",
            $"{killed} dead after {noun} {verb} {ev.Province}",
            $"{ev.Country.Name} {noun}: toll rises to {killed}",
            $"Hundreds flee as {noun} {verb} {ev.Town}",
        ]);
        if (_random.Next(3) == 0)
        {
            headline = headline.ToUpperInvariant();
        }
        else if (_random.Next(2) == 0)
        {
            headline = TitleCase(headline);
        }

        text.Append(headline).Append("\n\n");
        if (_random.Next(5) == 0)
        {
            // A brief: the country, the event and the toll, nothing more specific.
            text.Append(Pick([
                $"The toll from the {noun} in {ev.Country.Name} rose to {killed}, officials in {ev.Country.Capital} said on {published.DayOfWeek}.",
                $"{ev.Country.Adjective} authorities said {killed} people had died in the {noun} and {second} were {ev.Type.Measures[1]}.",
            ]));
            text.Append("\n\n").Append(Filler(ev.Country));
            return Build(text, outlet, published, serial);
        }

        var paragraphs = new List<string>
        {
            Pick([
                $"A {noun} {verb} the {ev.Province} province of {ev.Country.Name} on {weekday}, killing at least {killed} people and leaving {second} {ev.Type.Measures[1]}, officials said.",
                $"At least {killed} people were killed when a {noun} {verb} {ev.Town} in {ev.Country.Adjective} {ev.Province} on {weekday}, authorities said.",
                $"The death toll from {weekday}'s {noun} in {ev.Country.Name}'s {ev.Province} region rose to {killed}, with {second} people {ev.Type.Measures[1]}.",
            ]),
            Pick([
                $"{ev.Official}, the governor of {ev.Province}, said rescue teams were still searching {ev.Town} and nearby villages.",
                $"Rescue workers in {ev.Town} were digging through debris, {ev.Official} told reporters.",
                $"\"We are doing everything we can,\" said {ev.Official}, who leads the emergency response in {ev.Province}.",
            ]),
            Pick([
                $"The {ev.Agency} said about {ev.Displaced:N0} people had been {ev.Type.Measures[2]} and needed shelter, food and clean water.",
                $"Some {ev.Displaced:N0} residents were {ev.Type.Measures[2]}, according to the {ev.Agency}.",
                $"Aid groups including the {ev.Agency} estimated that {ev.Displaced:N0} people were {ev.Type.Measures[2]}.",
            ]),
            Pick([
                $"President {ev.Country.President} declared a state of emergency in {ev.Province} and promised help from {ev.Country.Capital}.",
                $"{ev.Country.Name}'s president, {ev.Country.President}, visited {ev.Town} and ordered troops to assist.",
                $"Officials in {ev.Country.Capital} said the army had been sent to {ev.Province}.",
            ]),
        };
        if (_random.Next(2) == 0)
        {
            paragraphs.Add($"Interior Minister {ev.Country.Minister} said the number of dead could rise as roads to {ev.Town} reopened.");
        }

        Shuffle(paragraphs, 1);
        if (recent.Count > 0 && _random.Next(3) == 0)
        {
            var other = recent[_random.Next(recent.Count)];
            paragraphs.Add($"In {other.When:MMMM}, a {other.Type.Nouns[0]} in {other.Province}, {other.Country.Name}, killed {other.Killed} people.");
        }

        for (int f = 0; f < _fillerParagraphs; f++)
        {
            paragraphs.Add(Filler(ev.Country));
        }

        text.AppendJoin("\n\n", paragraphs);
        return Build(text, outlet, published, serial);
    }

    private static Article Build(StringBuilder text, string outlet, DateTime published, int serial)
    {
        return new Article
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"syn-{serial:D6}"),
            Text = text.ToString(),
            Outlet = outlet,
            Published = new TimePoint(new DateTime(published.Year, published.Month, published.Day, published.Hour, published.Minute, 0), TimePrecision.Minute),
            Language = "en",
        };
    }

    /// <summary>A paragraph about something else: local politics and economy, with the country's own names.</summary>
    private string Filler(Country country)
    {
        var sentences = new List<string>();
        int count = _random.Next(2, 5);
        for (int i = 0; i < count; i++)
        {
            string subject = _random.Next(4) == 0 ? $"the {country.Adjective} {Pick(FillerNouns)} committee" : $"the {Pick(FillerAdjectives)} {Pick(FillerNouns)}";
            sentences.Add(_random.Next(3) switch
            {
                0 => $"Lawmakers {Pick(FillerVerbs)} {subject} after a long debate about the {Pick(FillerNouns)} and the {Pick(FillerNouns)}.",
                1 => $"Separately, {Cap(subject)} was {Pick(FillerVerbs)} by officials, who said the {Pick(FillerNouns)} would cost {_random.Next(2, 90)} million dollars.",
                _ => $"Analysts said the {Pick(FillerAdjectives)} {Pick(FillerNouns)} had been {Pick(FillerVerbs)} twice this year, in part because of {Pick(FillerNouns)} concerns.",
            });
        }

        return string.Join(" ", sentences);
    }

    private int Toll() => _random.Next(4) switch
    {
        0 => _random.Next(10, 40),
        1 => RoundOrNot(_random.Next(20, 300)),
        2 => _random.Next(12, 90),
        _ => RoundOrNot(_random.Next(50, 1500)),
    };

    private int RoundOrNot(int value) => _random.Next(3) == 0 ? (int)(Math.Round(value / 100.0) * 100) is > 0 and var r ? r : value : value;

    private int Zipf(int n)
    {
        double u = _random.NextDouble();
        return Math.Min(n - 1, (int)(n * u * u));
    }

    private string Person() => MadeUpNames.Person(_random);

    private string Place() => MadeUpNames.Place(_random);

    private string Pick(IReadOnlyList<string> options) => options[_random.Next(options.Count)];

    private void Shuffle(List<string> items, int from)
    {
        for (int i = items.Count - 1; i > from; i--)
        {
            int j = _random.Next(from, i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static string Cap(string s) => MadeUpNames.Capitalize(s);

    private static string TitleCase(string s) => string.Join(' ', s.Split(' ').Select(Cap));

    private sealed record EventType(string Name, string[] Nouns, string[] Verbs, string[] Measures);

    private sealed record Country(string Name, string Adjective, string Capital, string President, string Minister, string Spokesman);

    private sealed record Event(int Id, EventType Type, Country Country, string Province, string Town, string Official, string Agency,
        DateTime When, int Killed, int Second, int Displaced);
}
