using System.Globalization;
using System.Text;
using Sitrep.Core;
using Sitrep.Testing;

namespace Sitrep.Bench;

/// <summary>
/// Made-up crisis reports of 3 to 8 KB for measuring extraction: a headline, often a byline and a wire
/// dateline, paragraphs dense with figures in varied phrasings (hedges, sources with appositives, as-of
/// times, comparisons, sub-counts, houses, aid pledges with conversions, goods in tonnes), background
/// with historical figures, ages, distances and durations, page leftovers (player notices, "SEE ALSO",
/// captions, credit lines), sometimes a repeated paragraph, and context paragraphs up to the size drawn.
/// Layouts vary: blank-line paragraphs, one paragraph per line, hard-wrapped wire copy. Deterministic for a seed.
/// </summary>
public sealed class CrisisReportGenerator
{
    private static readonly Crisis[] Crises =
    [
        new("earthquake", ["earthquake", "quake", "tremor"], "struck", ["killed", "injured", "homeless"]),
        new("flood", ["floods", "flooding", "flash floods"], "swept through", ["killed", "missing", "displaced"]),
        new("cyclone", ["cyclone", "storm", "typhoon"], "battered", ["killed", "injured", "evacuated"]),
        new("explosion", ["explosion", "blast"], "tore through", ["killed", "injured", "hospitalized"]),
        new("fighting", ["fighting", "offensive", "shelling"], "hit", ["killed", "wounded", "fled"]),
        new("landslide", ["landslide", "mudslide"], "buried", ["killed", "missing", "evacuated"]),
        new("ferry", ["ferry sinking", "ferry disaster"], "hit", ["killed", "missing", "rescued"]),
        new("cholera", ["cholera outbreak", "epidemic"], "spread through", ["killed", "infected", "hospitalized"]),
    ];

    private static readonly (string Name, string Adjective, string Capital)[] Countries =
    [
        ("Peru", "Peruvian", "Lima"), ("Nepal", "Nepalese", "Kathmandu"), ("Kenya", "Kenyan", "Nairobi"), ("Indonesia", "Indonesian", "Jakarta"),
        ("Pakistan", "Pakistani", "Islamabad"), ("Chile", "Chilean", "Santiago"), ("Mozambique", "Mozambican", "Maputo"),
        ("Bangladesh", "Bangladeshi", "Dhaka"), ("Philippines", "Philippine", "Manila"), ("Sudan", "Sudanese", "Khartoum"),
        ("Haiti", "Haitian", "Port-au-Prince"), ("Armenia", "Armenian", "Yerevan"),
    ];

    private static readonly string[] Agencies =
    [
        "the UN refugee agency", "UNICEF", "the World Food Programme", "the Red Cross", "the International Organization for Migration",
        "Doctors Without Borders", "the World Health Organization", "the UN humanitarian office",
    ];

    private static readonly string[] Donors =
    [
        "The European Union|euros|€", "Germany|euros|€", "Japan|yen|¥", "Britain|pounds|£", "The United States|dollars|$",
        "The World Bank|dollars|$", "China|yuan|", "Canada|Canadian dollars|C$",
    ];

    private static readonly string[] Outlets = ["Valley Herald", "Wire One", "Morning Star", "Capital Radio", "Evening Post", "Daily Ledger"];

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private readonly Random _random;
    private readonly DateTime _start;
    private int _serial;

    public CrisisReportGenerator(int seed)
    {
        _random = new Random(seed);
        _start = new DateTime(2024, 1, 1);
    }

    /// <summary>An endless stream of reports; take as many as needed.</summary>
    public IEnumerable<Article> Reports()
    {
        while (true)
        {
            yield return Next();
        }
    }

    public Article Next()
    {
        var story = NewStory();
        int target = _random.Next(3_000, 8_001);
        var paragraphs = new List<string>();
        string headline = Headline(story);
        if (_random.Next(3) == 0)
        {
            paragraphs.Add("By " + Person());
        }

        paragraphs.Add(Lede(story));
        var pool = FigureParagraphs(story);
        Shuffle(pool);
        int figures = _random.Next(4, Math.Min(pool.Count, 9) + 1);
        paragraphs.AddRange(pool.Take(figures));
        if (_random.Next(3) == 0)
        {
            paragraphs.Insert(Math.Min(paragraphs.Count, 3), "Your browser doesn't support HTML5 video");
            paragraphs.Insert(Math.Min(paragraphs.Count, 4), $"Survivors search the rubble in {story.Town}");
        }

        if (_random.Next(4) == 0)
        {
            paragraphs.Add($"SEE ALSO: {Cap(story.Crisis.Nouns[0])} survivors face a cold winter in {story.Province}");
        }

        if (_random.Next(3) == 0)
        {
            paragraphs.Insert(Math.Min(paragraphs.Count, 2),
                $"Residents wait for water outside a school in {story.Town} on {story.Published:MMMM d}.");
        }

        paragraphs.Add(Background(story));
        if (_random.Next(5) == 0)
        {
            // A paragraph repeated further down, with curly apostrophes.
            paragraphs.Add(paragraphs[Math.Min(2, paragraphs.Count - 1)].Replace("'", "’", StringComparison.Ordinal));
        }

        int size = headline.Length + paragraphs.Sum(p => p.Length + 2);
        while (size < target - 200)
        {
            string context = Context(story);
            paragraphs.Add(context);
            size += context.Length + 2;
        }

        paragraphs.Add(_random.Next(2) == 0
            ? $"(Reporting by {Person()}; Editing by {Person()})"
            : $"With reporting by {Person()} in {story.Country.Capital}.");

        string text = Layout(headline, paragraphs);
        return new Article
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"crisis-{_serial++:D7}"),
            Text = text,
            Outlet = Outlets[_random.Next(Outlets.Length)],
            Published = new TimePoint(story.Published, TimePrecision.Minute),
            Language = "en",
        };
    }

    private Story NewStory()
    {
        var crisis = Crises[_random.Next(Crises.Length)];
        var country = Countries[_random.Next(Countries.Length)];
        var when = _start.AddDays(_random.Next(0, 700)).AddMinutes(_random.Next(6 * 60, 23 * 60));
        int killed = _random.Next(4) switch
        {
            0 => _random.Next(3, 40),
            1 => _random.Next(40, 300),
            2 => Round(_random.Next(100, 2_000)),
            _ => _random.Next(10, 120),
        };
        return new Story(crisis, country, Place(), Place(), Person(), Person(), Agencies[_random.Next(Agencies.Length)], when,
            killed, killed * _random.Next(2, 6) + _random.Next(0, 50), Round(_random.Next(800, 90_000)), _random.Next(2, 40));
    }

    private string Headline(Story s)
    {
        string noun = Pick(s.Crisis.Nouns);
        string line = _random.Next(4) switch
        {
            0 => $"{Cap(noun)} kills {N(s.Killed)} in {s.Country.Name}",
            1 => $"{s.Country.Name} {noun}: toll rises to {N(s.Killed)}",
            2 => $"Thousands flee as {noun} {s.Crisis.Verb} {s.Province}",
            _ => $"Rescuers search for survivors after {noun} in {s.Town}",
        };
        return _random.Next(4) == 0 ? line.ToUpperInvariant() : line;
    }

    private string Lede(Story s)
    {
        string noun = Pick(s.Crisis.Nouns);
        string dateline = _random.Next(2) == 0 ? $"{s.Country.Capital.ToUpperInvariant()}, {s.Published:MMMM d} ({Pick(Outlets)}) - " : "";
        string day = s.Published.AddDays(-_random.Next(0, 3)).DayOfWeek.ToString();
        return dateline + _random.Next(3) switch
        {
            0 => $"At least {N(s.Killed)} people were killed and {N(s.Injured)} others {s.Crisis.Measures[1]} when a {noun} {s.Crisis.Verb} the {s.Province} province of {s.Country.Name} on {day}, officials said.",
            1 => $"The death toll from the {noun} in {s.Country.Name}'s {s.Province} region rose to {N(s.Killed)} on {day}, the {s.Country.Adjective} health ministry said, with {N(s.Injured)} people {s.Crisis.Measures[1]}.",
            _ => $"A {noun} {s.Crisis.Verb} {s.Town} in {s.Country.Adjective} {s.Province} late on {day}, killing more than {N(s.Killed)} people and leaving about {N(s.Displaced)} {s.Crisis.Measures[2]}, authorities said.",
        };
    }

    private List<string> FigureParagraphs(Story s)
    {
        int earlier = Math.Max(1, s.Killed * _random.Next(50, 95) / 100);
        int children = Math.Max(1, s.Killed / _random.Next(3, 8));
        int houses = Round(_random.Next(300, 20_000));
        int damaged = houses * _random.Next(2, 5);
        int families = Round(_random.Next(100, 8_000));
        var donor = Pick(Donors).Split('|');
        double pledge = _random.Next(2, 60);
        double converted = Math.Round(pledge * (1 + _random.NextDouble() * 0.3), 2);
        string hour = $"{_random.Next(1, 12)} {(_random.Next(2) == 0 ? "a.m." : "p.m.")}";
        string day = Pick(Weekdays);
        string person = Person();
        return
        [
            $"As of {hour} on {day}, {N(s.Displaced)} people had been registered at evacuation centres, up from about {N(s.Displaced * 2 / 3)} a day earlier, {s.Agency} said.",
            $"{s.Official}, the governor of {s.Province}, said {N(s.Missing)} people were still missing and that rescue teams had recovered {N(earlier)} bodies so far. \"We fear the number will rise,\" he said.",
            $"The {s.Country.Adjective} health ministry said {N(s.Injured)} people were being treated in hospitals, including {N(children)} children, and that {N(s.Injured / 4)} remained in critical condition.",
            $"More than {N(houses)} houses were destroyed and {N(damaged)} damaged, according to the national disaster agency, which said {N(families)} families had been left homeless.",
            $"{donor[0]} announced {N(pledge)} million {donor[1]} ({(donor[2] == "$" ? "€" : "$")}{converted.ToString("0.##", CultureInfo.InvariantCulture)} million) in humanitarian aid on {day}, and {s.Agency} appealed for a further ${N(_random.Next(5, 90))} million.",
            $"The World Food Programme said it had delivered {N(_random.Next(20, 900))} tonnes of food to {s.Town}, enough for {N(Round(_random.Next(5_000, 60_000)))} people for a month.",
            $"Nearly half of the {N(Round(_random.Next(20_000, 300_000)))} residents of {s.Town} have fled, {person}, a spokeswoman for {s.Agency}, told reporters by telephone from {s.Country.Capital}.",
            $"The previous toll of {N(earlier)} was revised upwards after {N(s.Killed - earlier + 1)} more bodies were found in collapsed buildings, {s.Spokesman}, a police spokesman, said late on {day}.",
            $"Some {N(Round(_random.Next(2_000, 40_000)))} people have crossed into neighbouring countries since the {Pick(s.Crisis.Nouns)} began, and between {N(s.Missing)} and {N(s.Missing * 2)} are unaccounted for, the International Organization for Migration said.",
            $"\"Dozens of families are sleeping in the open,\" said {person}, who runs a shelter in {s.Town}. She said {N(_random.Next(100, 900))} people had arrived there since {day}.",
            $"By {day} evening, the number of people hospitalized had risen to {N(s.Injured / 2)}, with hundreds more treated for minor injuries at field clinics, the ministry said.",
        ];
    }

    private string Background(Story s) => _random.Next(3) switch
    {
        0 => $"In {_random.Next(1985, 2016)}, a similar {s.Crisis.Nouns[0]} killed nearly {N(Round(_random.Next(1_000, 20_000)))} people in the region, which lies about {_random.Next(20, 300)} miles from {s.Country.Capital}.",
        1 => $"From {_random.Next(1970, 1990)} to {_random.Next(1991, 2005)}, approximately {N(Round(_random.Next(5_000, 90_000)))} people were killed in the region, and a {_random.Next(3, 12)}-month blockade ended only in {_random.Next(2006, 2020)}.",
        _ => $"{s.Official}, {_random.Next(35, 70)}, who has led the province for {_random.Next(2, 9)} years, said a 24-hour emergency line, 1-800-555-{_random.Next(1000, 9999)}, had taken thousands of calls.",
    };

    private string Context(Story s)
    {
        var sentences = new List<string>();
        for (int i = _random.Next(2, 5); i > 0; i--)
        {
            sentences.Add(_random.Next(6) switch
            {
                0 => $"Roads between {s.Town} and {s.Country.Capital} remained closed on {Pick(Weekdays)}, and aid convoys were waiting at a checkpoint {_random.Next(5, 60)} km away.",
                1 => $"Forecasters said more rain was expected over the next {Pick(["two", "three", "five"])} days, raising fears of further damage in low-lying districts of {s.Province}.",
                2 => $"The {s.Country.Adjective} president visited the area and promised that schools and clinics would be rebuilt within a year.",
                3 => $"Local officials said electricity had been restored to {Pick(["most", "part", "half"])} of {s.Town}, but water supplies remained unreliable.",
                4 => $"A {_random.Next(18, 80)}-year-old teacher said her family had spent {Pick(["two", "four", "six"])} nights in a car parked outside the town hall.",
                _ => $"Aid workers said the main concern was clean water, as wells in {_random.Next(3, 30)} villages had been contaminated.",
            });
        }

        return string.Join(" ", sentences);
    }

    private string Layout(string headline, List<string> paragraphs)
    {
        int style = _random.Next(10);
        if (style < 7)
        {
            return headline + "\n\n" + string.Join("\n\n", paragraphs) + "\n";
        }

        if (style < 9)
        {
            return headline + "\n" + string.Join("\n", paragraphs) + "\n";
        }

        // Hard-wrapped wire copy: paragraphs indented, lines wrapped near 68 columns.
        var text = new StringBuilder(headline.ToUpperInvariant()).Append("\n\n");
        foreach (string paragraph in paragraphs)
        {
            int column = 4;
            text.Append("    ");
            foreach (string word in paragraph.Split(' '))
            {
                if (column + word.Length > 68)
                {
                    text.Append('\n');
                    column = 0;
                }
                else if (column > 4)
                {
                    text.Append(' ');
                    column++;
                }

                text.Append(word);
                column += word.Length;
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string N(double value) => value.ToString(value >= 10_000 || value % 1 != 0 ? "#,0.##" : "0", CultureInfo.InvariantCulture);

    private int Round(int value) => _random.Next(3) == 0 ? Math.Max(100, (int)Math.Round(value / 100.0) * 100) : value;

    private string Person() => MadeUpNames.Person(_random);

    private string Place() => MadeUpNames.Place(_random);

    private string Pick(IReadOnlyList<string> options) => options[_random.Next(options.Count)];

    private void Shuffle(List<string> items)
    {
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static string Cap(string s) => MadeUpNames.Capitalize(s);

    private sealed record Crisis(string Name, string[] Nouns, string Verb, string[] Measures);

    private sealed record Story(
        Crisis Crisis,
        (string Name, string Adjective, string Capital) Country,
        string Province,
        string Town,
        string Official,
        string Spokesman,
        string Agency,
        DateTime Published,
        int Killed,
        int Injured,
        int Displaced,
        int Missing);
}
