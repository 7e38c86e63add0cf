using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Places;

/// <summary>
/// Countries, first-level admin areas and towns by every name Sitrep knows for them: the shipped gazetteer
/// (<c>gazetteer.tsv</c>, generated from GeoNames by tools/gazetteer), a user's and Sitrep's <c>places.tsv</c>, and the
/// names, capitals and adjectives of <c>countries.tsv</c>. Immutable once built; built once per lexicon set, on first use.
/// </summary>
public sealed class Gazetteer
{
    public const string PlacesFile = "places.tsv";
    public const string WordsFile = "place-words.tsv";

    private readonly Dictionary<string, PlaceEntry[]> _byName;
    private readonly Dictionary<string, PlaceEntry[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly TownTable _towns;
    private readonly DistrictTable _districts;
    private readonly Dictionary<string, PlaceEntry> _countries;
    private readonly Dictionary<string, PlaceEntry> _areas;
    // The small tables asked on most capitalised words are frozen: a frozen table turns most words away by their length
    // and a few of their letters, where a dictionary hashes every letter.
    // Their words' shapes are asked first: most words asked of them are in none ("said", "Smith").
    private readonly QuickWordMap<PlaceWordRole> _words;

    /// <summary>The facility words <c>place-words.tsv</c> lists in lower case ("streets", "river"): the others make a facility's name only capitalised.</summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lowerCaseFacilities;

    /// <summary>The words of <c>sentence-starters.txt</c> ("The", "A", "He"): no first name of a person, and a name after one is not its sentence's first word.</summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _sentenceStarters;
    private readonly QuickWordMap<PlaceEntry> _adjectives;

    /// <summary>The hashes of the first words of adjectives of two words or more ("South" of "South Sudanese").</summary>
    private readonly HashSet<int> _adjectiveLeads = [];
    private readonly QuickWordMap<PlaceEntry[]> _counties;

    /// <summary>
    /// The hashes of the names of <see cref="_byName"/> (countries, areas, aliases: about 7,000), as bits: most names asked
    /// for are towns' alone, and a bit of this 8 KB set spares them the dictionary's own hash of the name.
    /// </summary>
    private readonly ulong[] _named = new ulong[NamedBits / 64];
    private const int NamedBits = 1 << 16;

    /// <summary>The countries', areas' and aliases' names written with accents, by their plain form ("Valparaiso Region").</summary>
    private readonly Dictionary<string, PlaceEntry[]> _plainNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, PlaceEntry[]>.AlternateLookup<ReadOnlySpan<char>> _plainLookup;
    private readonly WordShapes _plainShapes;

    /// <summary>The first words of names, the words that open longer ones, names' other forms and counties' first words (<see cref="AreasOfCounty"/>), as hashes.</summary>
    private readonly NameStarts _starts;

    private Gazetteer(Dictionary<string, PlaceEntry[]> byName, TownTable towns, NameStarts starts, DistrictTable districts, Dictionary<string, PlaceEntry> countries,
        Dictionary<string, PlaceEntry> areas, Dictionary<string, PlaceWordRole> words, HashSet<string> lowerCaseFacilities, Dictionary<string, PlaceEntry> adjectives,
        Dictionary<string, PlaceEntry[]> counties, FrozenSet<string> sentenceStarters)
    {
        _sentenceStarters = sentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();
        _starts = starts; // the towns' names and their other forms are in it already (the town table notes them as it loads)
        _counties = new QuickWordMap<PlaceEntry[]>(counties.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
        foreach (string county in counties.Keys)
        {
            _starts.AddCountyFirstWord(WordHash(county.AsSpan(0, PlaceMentionFinder.WordLength(county, 0))));
        }

        foreach (string name in byName.Keys)
        {
            int hash = WordHash(name);
            _starts.AddName(name, hash);
            _named[(hash & (NamedBits - 1)) >> 6] |= 1UL << hash;
        }

        foreach (var (name, entries) in byName)
        {
            string? plain = PlainLetters.HasAccents(name) ? PlainLetters.Plain(name) : null;
            foreach (string? form in (ReadOnlySpan<string?>)[plain, PlainLetters.WithoutApostrophes(plain ?? name)])
            {
                if (form is not null)
                {
                    _plainNames[form] = _plainNames.TryGetValue(form, out var known) ? [.. known, .. entries.Where(e => !known.Contains(e))] : entries;
                    _starts.AddOtherForm(form, WordHash(form));
                }
            }
        }

        _plainLookup = _plainNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _plainShapes = new WordShapes(_plainNames.Keys);

        foreach (string adjective in adjectives.Keys)
        {
            _starts.AddWord(WordHash(adjective));
            if (adjective.IndexOf(' ') is > 0 and var space)
            {
                _adjectiveLeads.Add(WordHash(adjective.AsSpan(0, space))); // "South" of "South Sudanese"
            }
        }
        _byName = byName;
        _lookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        _towns = towns;
        _districts = districts;
        _countries = countries;
        _areas = areas;
        _words = new QuickWordMap<PlaceWordRole>(words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
        _lowerCaseFacilities = lowerCaseFacilities.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _adjectives = new QuickWordMap<PlaceEntry>(adjectives.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>How many names the gazetteer knows (a name of several towns counts once for each).</summary>
    public int Count => _byName.Count + _towns.Count;

    /// <summary>The entries a name may mean (case ignored), or an empty list: its countries, areas and aliases, then its towns.</summary>
    public PlaceEntry[] Lookup(ReadOnlySpan<char> name) => Lookup(name, WordHash(name));

    /// <summary>The entries a name may mean, <paramref name="hash"/> its <see cref="WordHash"/> (<see cref="Lookup(ReadOnlySpan{char})"/>).</summary>
    internal PlaceEntry[] Lookup(ReadOnlySpan<char> name, int hash)
    {
        if (!_towns.MayBeName(name, hash))
        {
            return []; // most runs of words asked about are no name: their bit is not set
        }

        var named = (_named[(hash & (NamedBits - 1)) >> 6] & (1UL << hash)) != 0 && _lookup.TryGetValue(name, out var entries) ? entries : [];
        return _towns.Find(name, hash, named);
    }

    /// <summary>
    /// The towns whose name <paramref name="name"/> is without accents or apostrophes, beyond those of <paramref name="found"/>
    /// ("Medellin" is a Philippine town as written, and the Colombian city "Medellín"), or null.
    /// </summary>
    internal List<PlaceEntry>? TownsOfOtherForm(ReadOnlySpan<char> name, PlaceEntry[] found)
    {
        if (name.Length < MinOtherFormLength || !_towns.MayBeOtherForm(name, WordHash(name)))
        {
            return null;
        }

        List<PlaceEntry>? more = null;
        foreach (var e in _towns.FindOtherForm(name))
        {
            if (!found.Contains(e))
            {
                (more ??= []).Add(e);
            }
        }

        return more;
    }

    /// <summary>
    /// The areas and countries whose name <paramref name="name"/> is without accents or apostrophes, beyond those of
    /// <paramref name="found"/> ("Kasai" is a Japanese town as written, and the Congolese province "Kasaï"), or null.
    /// </summary>
    internal List<PlaceEntry>? AreasOfOtherForm(ReadOnlySpan<char> name, PlaceEntry[] found)
    {
        if (!_plainShapes.MayHave(name) || !_plainLookup.TryGetValue(name, out var plain))
        {
            return null;
        }

        List<PlaceEntry>? more = null;
        foreach (var e in plain)
        {
            if (e.Precision != PlacePrecision.Place && !found.Contains(e))
            {
                (more ??= []).Add(e);
            }
        }

        return more;
    }

    /// <summary>
    /// The entries of which <paramref name="name"/> is another form, as reports also write names: without accents
    /// ("Tillaberi", "Petropolis", "Valparaiso Region"), with a straight apostrophe for a curly one ("Cox's Bazar"), a town
    /// without a final " City" ("Marawi"); or an empty list. Many such forms are English words too ("Change", "Store"):
    /// ask only for a name that <see cref="Lookup"/> does not know, and take it only where the report names a place.
    /// </summary>
    internal PlaceEntry[] LookupOtherForm(ReadOnlySpan<char> name) => LookupOtherForm(name, WordHash(name));

    /// <summary><see cref="LookupOtherForm(ReadOnlySpan{char})"/>, <paramref name="hash"/> the name's <see cref="WordHash"/>.</summary>
    internal PlaceEntry[] LookupOtherForm(ReadOnlySpan<char> name, int hash)
    {
        bool accented = PlainLetters.HasAccents(name);
        if (accented)
        {
            name = PlainLetters.Plain(name); // "Cox’s Bazar", written with a curly apostrophe
            hash = WordHash(name);
        }

        if (name.Length < MinOtherFormLength || !_towns.MayBeOtherForm(name, hash))
        {
            return accented ? Lookup(name, hash) : [];
        }

        var named = _plainLookup.TryGetValue(name, out var plain) ? plain : [];
        var towns = _towns.FindOtherForm(name);
        var found = towns.Length == 0 ? named : named.Length == 0 ? towns : [.. named, .. towns];
        // "MALÉ" written with an accent the gazetteer's "Male" lacks: the name as the gazetteer writes it, too.
        return accented && Lookup(name, hash) is { Length: > 0 } exact ? [.. exact, .. found.Where(f => !exact.Contains(f))] : found;
    }

    /// <summary>Shorter forms are too often words of their own ("Al" is no Ål, Norway).</summary>
    private const int MinOtherFormLength = 4;

    /// <summary>The areas of a name, written with its accents or without them ("Valparaiso": the Chilean region; "Los Ríos": Chile's and Ecuador's "Los Rios"), or an empty list.</summary>
    internal PlaceEntry[] AreasNamed(ReadOnlySpan<char> name)
    {
        List<PlaceEntry>? areas = null;
        // "Los Ríos" written with the accent Ecuador's province lacks in the gazetteer ("Los Rios"): its plain form, too.
        string? plainName = PlainLetters.HasAccents(name) ? PlainLetters.Plain(name) : null;
        foreach (var entries in (ReadOnlySpan<PlaceEntry[]?>)[_lookup.TryGetValue(name, out var exact) ? exact : null, _plainLookup.TryGetValue(name, out var plain) ? plain : null,
                     plainName is not null && _lookup.TryGetValue(plainName, out var written) ? written : null])
        {
            foreach (var e in entries ?? [])
            {
                if (e.Precision == PlacePrecision.Admin1 && (areas is null || !areas.Contains(e)))
                {
                    (areas ??= []).Add(e);
                }
            }
        }

        return areas is null ? [] : [.. areas];
    }

    /// <summary>
    /// The case-blind hash of a word, as <see cref="MayStart"/> and <see cref="MayLead"/> take it: words equal under
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> hash alike. ASCII letters count as capitals; every character beyond
    /// ASCII counts as one and the same (none equals an ASCII character, case ignored, and most names are ASCII), so
    /// "Kelvó" and "Kelvá" share a hash and the table's comparison tells them apart. FNV-1a over the folded characters,
    /// without the runtime's string hash's check of the whole word for ASCII first; the same in every process.
    /// </summary>
    internal static int WordHash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            uint folded = c < 128 ? ((uint)(c - 'a') < 26 ? c - 32u : c) : 0xFFFFu;
            hash = (hash ^ folded) * 16777619;
        }

        return (int)hash;
    }

    /// <summary>
    /// The top 8 bits of a <see cref="WordHash"/>, which the town table's and the districts' slots keep beside a line (the
    /// slot's place comes from the lowest bits): most other names are turned away without reading the text.
    /// </summary>
    internal static int Fingerprint(int hash) => hash >>> 24;

    /// <summary>Whether a word (<paramref name="hash"/> its <see cref="WordHash"/>) may start a name or be an adjective (false for most words).</summary>
    internal bool MayStart(ReadOnlySpan<char> word, int hash) => _towns.MayStart(word, hash) || (PlainLetters.HasAccents(word) && MayStartPlain(word));

    /// <summary>
    /// Whether a word written with accents that the gazetteer's name lacks may start a name ("Ngāruawāhia" for
    /// "Ngaruawahia"; <see cref="LookupOtherForm(ReadOnlySpan{char}, int)"/> then finds it).
    /// </summary>
    private bool MayStartPlain(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxPlainWord)
        {
            return false;
        }

        Span<char> plain = stackalloc char[word.Length];
        PlainLetters.Plain(word, plain);
        return _towns.MayStart(plain, WordHash(plain));
    }

    /// <summary>The longest word whose plain form is asked for: no name's first word is longer.</summary>
    private const int MaxPlainWord = 40;

    /// <summary>Whether a word (by <see cref="WordHash"/>) may start a county's name (false for most words).</summary>
    internal bool MayStartCounty(int hash) => _starts.MayStartCounty(hash);

    /// <summary>Whether a word (<paramref name="hash"/> its <see cref="WordHash"/>) may open a name of two words or more (false for most words: then only the word alone is a name).</summary>
    internal bool MayLead(ReadOnlySpan<char> word, int hash) => _towns.MayLead(word, hash);

    /// <summary>The town a neighbourhood is part of ("Brighton Park" is part of Chicago), or null.</summary>
    public PlaceEntry? PartOf(PlaceEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.PartOf is { } town ? LargestTown(town, entry) : null; // asked of every place named: no closure unless it is a part
    }

    private PlaceEntry? LargestTown(string town, PlaceEntry part) =>
        Lookup(town).Where(t => t.Precision == PlacePrecision.Place && t.Country == part.Country && t.Admin1 == part.Admin1).MaxBy(t => t.Population);

    /// <summary>Whether the shipped towns came sorted as <see cref="TownTable"/> searches them (else they were sorted at load).</summary>
    internal bool ShippedSorted => _towns.ShippedSorted;

    /// <summary>The country of an ISO 3166-1 alpha-2 code.</summary>
    public PlaceEntry? Country(string code) => _countries.GetValueOrDefault(code);

    /// <summary>The admin area of an ISO 3166-2 code.</summary>
    public PlaceEntry? Area(string code) => _areas.GetValueOrDefault(code);

    /// <summary>
    /// The second-level areas outside the US of a name as reports write it ("Tanah Datar", "Kalehe", "Kasese"), or an
    /// empty list: ask only where the report says it is one ("Tanah Datar regency", "the Kalehe territory").
    /// </summary>
    internal PlaceEntry[] Districts(ReadOnlySpan<char> name) => _districts.Find(name);

    /// <summary>The areas that have a county of this name ("Onslow": North Carolina; "Holmes": Florida, Mississippi, Ohio), or an empty list.</summary>
    public PlaceEntry[] AreasOfCounty(ReadOnlySpan<char> name) => _counties.TryGetValue(name, out var areas) ? areas : [];

    /// <summary>The country an adjective or people names ("Armenian", "Armenians"), or null.</summary>
    public PlaceEntry? CountryOfAdjective(ReadOnlySpan<char> word) => _adjectives.TryGetValue(word, out var c) ? c : null;

    /// <summary>Whether a word (by its <see cref="WordHash"/>) may open an adjective of two words or more ("South Sudanese", "Sri Lankan").</summary>
    internal bool MayOpenAdjective(int hash) => _adjectiveLeads.Contains(hash);

    internal PlaceWordRole? Role(ReadOnlySpan<char> word) => _words.TryGetValue(word, out var role) ? role : null;

    /// <summary>
    /// The role of a word as written after a name: a facility word the lexicon lists only capitalised makes a facility's
    /// name only when so written ("Sherman Hospital", "Syunik Regional Hospital"); in lower case it has no role ("the
    /// Syunik regional administration": the area, as any other name; "Uniondale school officials": a town, though not
    /// one cued, the school being the victim's, not where he was shot). Those the lexicon lists in lower case keep theirs
    /// ("Benton and Main streets", "the Tana river", "taken to a New Orleans hospital"). A not-place word is one only
    /// capitalised ("March"; "city" is no role), and so is an aid organisation's word ("the Norwegian Refugee Council";
    /// "the Kakuma refugee camp" is a camp's).
    /// </summary>
    internal PlaceWordRole? RoleAsWritten(ReadOnlySpan<char> word) =>
        Role(word) is var role && char.IsLower(word[0])
        && (role is PlaceWordRole.NotPlace or PlaceWordRole.Abroad || (role == PlaceWordRole.Facility && !_lowerCaseFacilities.Contains(word)))
            ? null
            : role;

    /// <summary>Whether a word usually opens a sentence ("The", "A", "He"; <c>sentence-starters.txt</c>), as written.</summary>
    internal bool IsSentenceStarter(ReadOnlySpan<char> word) => _sentenceStarters.Contains(word);

    /// <summary>The entry that holds <paramref name="entry"/> one level up: a town's area (else country), an area's country.</summary>
    public PlaceEntry? Container(PlaceEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Precision switch
        {
            PlacePrecision.Place or PlacePrecision.Admin2 when entry.Admin1 is { } a && Area(a) is { } area => area,
            PlacePrecision.Country => null,
            _ => Country(entry.Country),
        };
    }

    /// <summary>Reads the shipped gazetteer and the place lexicons. A malformed line is a <see cref="FormatException"/> naming file and line.</summary>
    /// <param name="sentenceStarters">The words of <c>sentence-starters.txt</c>, as <see cref="LexiconSet.SentenceStarters"/> holds them (ordinal).</param>
    public static Gazetteer Load(LexiconSource source, CountryTable countryNames, FrozenSet<string> sentenceStarters)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(countryNames);
        ArgumentNullException.ThrowIfNull(sentenceStarters);
        var names = new Dictionary<string, PlaceEntry[]>(8_192, StringComparer.OrdinalIgnoreCase); // countries, areas, aliases: about 7,000 names
        var countries = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        var areas = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        var words = new Dictionary<string, PlaceWordRole>(StringComparer.OrdinalIgnoreCase);
        var lowerCaseFacilities = new HashSet<string>(StringComparer.Ordinal);
        var listed = new Dictionary<string, LexiconRow>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in LexiconFile.Rows(source, WordsFile, 2))
        {
            // A word has one role, whatever its case ("Lake" a landform, "lake" no facility too); the user's lines may
            // give a built-in word another.
            if (listed.TryGetValue(row.Fields[0], out var before) && before.User == row.User && before.Fields[1] != row.Fields[1])
            {
                throw new FormatException($"{row.Where}: '{row.Fields[0]}' is {before.Fields[1]} on line {before.Line} already; a word has one role, whatever its case");
            }

            listed[row.Fields[0]] = row;
            if (row.Fields[1] == "facility" && char.IsLower(row.Fields[0][0]))
            {
                lowerCaseFacilities.Add(row.Fields[0]);
            }

            words[row.Fields[0]] = row.Fields[1] switch
            {
                "cue" => PlaceWordRole.Cue,
                "origin" => PlaceWordRole.Origin,
                "direction" => PlaceWordRole.Direction,
                "suffix" => PlaceWordRole.Suffix,
                "seat" => PlaceWordRole.Seat,
                "facility" => PlaceWordRole.Facility,
                "agency" => PlaceWordRole.Agency,
                "act" => PlaceWordRole.Act,
                "clause" => PlaceWordRole.Clause,
                "not-place" => PlaceWordRole.NotPlace,
                "needs-cue" => PlaceWordRole.NeedsCue,
                "admin2" => PlaceWordRole.Admin2,
                "part" => PlaceWordRole.Part,
                "target" => PlaceWordRole.Target,
                "landform" => PlaceWordRole.Landform,
                "site" => PlaceWordRole.Site,
                "abroad" => PlaceWordRole.Abroad,
                "host" => PlaceWordRole.Host,
                "audience" => PlaceWordRole.Audience,
                "bearing" => PlaceWordRole.Bearing,
                _ => throw new FormatException($"{row.Where}: role '{row.Fields[1]}' is not cue, origin, direction, suffix, seat, facility, agency, act, clause, not-place, needs-cue, admin2, part, target, landform, site, abroad, host, audience or bearing"),
            };
        }

        var counties = new Dictionary<string, PlaceEntry[]>(StringComparer.OrdinalIgnoreCase);
        var starts = new NameStarts();
        var towns = ReadShipped(names, countries, areas, counties, words, starts);
        var districts = new DistrictTable(areas);

        var aliases = new Dictionary<(PlacePrecision, string, string?, double, double), PlaceEntry>();
        foreach (var row in LexiconFile.Rows(source, PlacesFile, 3))
        {
            var entry = AliasEntry(row, countries, areas);
            // "Karabakh" and "Nagorno-Karabakh" (same kind, codes and coordinates) are one place, named as first given.
            var key = (entry.Precision, entry.Country, entry.Admin1, entry.Lat, entry.Lon);
            entry = aliases.TryGetValue(key, out var same) ? same : aliases[key] = entry;
            Add(names, row.Fields[0], entry);
            if (entry.Precision == PlacePrecision.Country)
            {
                countries.TryAdd(entry.Country, entry);
            }
        }

        // countries.tsv: each country by its news names, its capital (a town), its adjective and its people.
        var byName = new Dictionary<string, PlaceEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, entries) in names)
        {
            foreach (var e in entries)
            {
                if (e.Precision == PlacePrecision.Country)
                {
                    byName.TryAdd(e.Name, e);
                }
            }
        }

        var adjectives = new Dictionary<string, PlaceEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in countryNames.All)
        {
            var entry = byName.GetValueOrDefault(country.Name)
                        ?? country.OtherNames.Select(n => byName.GetValueOrDefault(n)).FirstOrDefault(e => e is not null);
            if (entry is null)
            {
                continue;
            }

            foreach (string name in country.OtherNames.Prepend(country.Name))
            {
                if (!names.TryGetValue(name, out var known) || !known.Contains(entry))
                {
                    Add(names, name, entry);
                }
            }

            adjectives.TryAdd(country.Adjective, entry);
            foreach (string people in country.Demonyms)
            {
                adjectives.TryAdd(people, entry);
            }
        }

        return new Gazetteer(names, towns, starts, districts, countries, areas, words, lowerCaseFacilities, adjectives, counties, sentenceStarters);
    }

    /// <summary>Reads countries and areas into the tables; the towns stay text, found by name when asked (<see cref="TownTable"/>).</summary>
    private static TownTable ReadShipped(Dictionary<string, PlaceEntry[]> names, Dictionary<string, PlaceEntry> countries,
        Dictionary<string, PlaceEntry> areas, Dictionary<string, PlaceEntry[]> counties, Dictionary<string, PlaceWordRole> words, NameStarts starts)
    {
        // The countries, areas and counties come first, decoded; the towns stay bytes (most of the file).
        var bytes = ShippedFile.Bytes("gazetteer.tsv");
        int firstTown = bytes.Span.IndexOf("\nP\t"u8);
        int townsAt = bytes.Span.StartsWith("P\t"u8) ? 0 : firstTown < 0 ? bytes.Length : firstTown + 1;
        string text = Utf8Names.String(bytes.Span[..townsAt]);
        Span<Range> fields = stackalloc Range[6];
        int at = 0;
        while (at < text.Length)
        {
            int end = text.IndexOf('\n', at);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(at, end - at);
            if (line.Length > 0 && line[0] == 'P')
            {
                break; // the towns come last
            }

            at = end + 1;
            int count = line.IsEmpty || line[0] == '#' ? 0 : line.Split(fields, '\t');
            if (count == 3 && line[0] == 'N' && areas.GetValueOrDefault(line[fields[1]].ToString()) is { } state)
            {
                string county = line[fields[2]].ToString();
                counties[county] = [.. counties.GetValueOrDefault(county) ?? [], state];
                continue;
            }

            if (count < 5)
            {
                continue;
            }

            string code = line[fields[1]].ToString();
            string name = line[fields[2]].ToString();
            if (line[0] == 'C')
            {
                var entry = new PlaceEntry(name, PlacePrecision.Country, code, null, Number(line[fields[3]]), Number(line[fields[4]]), 0, 2);
                countries[code] = entry;
                Add(names, entry.Name, entry);
            }
            else if (line[0] == 'A')
            {
                int people = count > 5 ? (int)Math.Min(Number(line[fields[5]]), int.MaxValue) : 0;
                var entry = new PlaceEntry(name, PlacePrecision.Admin1, code[..2], code, Number(line[fields[3]]), Number(line[fields[4]]), people, 1);
                areas[code] = entry;
                foreach (string form in AreaForms(name))
                {
                    Add(names, form, entry);
                    int space = form.LastIndexOf(' ');
                    // "Syunik Province" is also "Syunik", Jamaica's "Westmoreland Parish" "Westmoreland"; "North Region" is not "North".
                    if (space > 0 && words.TryGetValue(form[(space + 1)..], out var role) && role is PlaceWordRole.Suffix or PlaceWordRole.Admin2
                        && !words.ContainsKey(form[..space]) && space >= 4)
                    {
                        Add(names, form[..space], entry);
                    }
                }
            }
        }

        return new TownTable(bytes, townsAt, countries, areas, starts);
    }

    /// <summary>
    /// An area's name and the forms news also writes it in: a compass point of two words joined otherwise ("Northwest
    /// Region" as "North-West Region" and "North West Region"), its first word abbreviated as towns' are
    /// (<see cref="TownTable.Abbreviated"/>: "Saint Elizabeth Parish" as "St Elizabeth Parish" and "St. Elizabeth Parish").
    /// </summary>
    private static IEnumerable<string> AreaForms(string name)
    {
        yield return name;
        foreach (var (joined, hyphen, apart) in Compass)
        {
            int at = name.IndexOf(joined, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || name[at - 1] == ' ') && (at + joined.Length == name.Length || name[at + joined.Length] == ' '))
            {
                yield return string.Concat(name.AsSpan(0, at), hyphen, name.AsSpan(at + joined.Length));
                yield return string.Concat(name.AsSpan(0, at), apart, name.AsSpan(at + joined.Length));
            }
        }

        foreach (var (whole, shortForms) in TownTable.Abbreviated)
        {
            if (name.StartsWith(whole, StringComparison.Ordinal) && name.Length > whole.Length)
            {
                foreach (string form in shortForms)
                {
                    yield return string.Concat(form, name.AsSpan(whole.Length));
                }
            }
        }
    }

    private static readonly (string Joined, string Hyphen, string Apart)[] Compass =
    [
        ("Northwest", "North-West", "North West"), ("Northeast", "North-East", "North East"),
        ("Southwest", "South-West", "South West"), ("Southeast", "South-East", "South East"),
    ];

    private static PlaceEntry AliasEntry(LexiconRow row, Dictionary<string, PlaceEntry> countries, Dictionary<string, PlaceEntry> areas)
    {
        string Field(int i) => row.Fields.Length > i ? row.Fields[i] : "";
        var precision = FigurePlace.ParsePrecision(row.Fields[1])
                        ?? throw new FormatException($"{row.Where}: precision '{row.Fields[1]}' is not place, admin1, admin2 or country");
        string country = row.Fields[2];
        string? admin1 = Field(3).Length > 0 ? Field(3) : null;
        // An area the gazetteer's ISO data lacks ("Unity State", SS-UY): an admin1 row with its code and coordinates adds it.
        bool adds = admin1 is not null && !areas.ContainsKey(admin1);
        if (adds && (precision != PlacePrecision.Admin1 || Field(4).Length == 0 || !admin1!.StartsWith(country + "-", StringComparison.Ordinal) || admin1.Length == 3))
        {
            throw new FormatException($"{row.Where}: '{admin1}' is no first-level area of the gazetteer (an ISO 3166-2 code such as US-IL); leave it empty for none, or add the area with an admin1 line that gives its code (after its country's) and lat and lon");
        }

        var whole = adds ? null : admin1 is not null ? areas[admin1] : countries.GetValueOrDefault(country);
        double lat, lon;
        if (Field(4).Length > 0 && Field(5).Length > 0)
        {
            if (!double.TryParse(Field(4), NumberStyles.Float, CultureInfo.InvariantCulture, out lat)
                || !double.TryParse(Field(5), NumberStyles.Float, CultureInfo.InvariantCulture, out lon))
            {
                throw new FormatException($"{row.Where}: lat and lon must be numbers in degrees");
            }
        }
        else if (whole is not null)
        {
            (lat, lon) = (whole.Lat, whole.Lon);
        }
        else
        {
            throw new FormatException($"{row.Where}: '{country}{(admin1 is null ? "" : " " + admin1)}' is not in the gazetteer; give lat and lon");
        }

        string name = precision switch
        {
            PlacePrecision.Country when countries.TryGetValue(country, out var c) => c.Name,
            PlacePrecision.Admin1 when admin1 is not null && areas.TryGetValue(admin1, out var area) => area.Name,
            _ => row.Fields[0],
        };
        var entry = new PlaceEntry(name, precision, country, admin1, lat, lon, Population(row), precision == PlacePrecision.Country ? 2 : precision == PlacePrecision.Admin1 ? 1 : 0);
        if (adds)
        {
            areas[admin1!] = entry; // named as its row names it; later rows may place towns in it
        }

        return entry;
    }

    /// <summary>The row's optional population (its 7th field), 0 when it gives none.</summary>
    private static int Population(LexiconRow row)
    {
        int population = 0;
        if (row.Fields.Length > 6 && row.Fields[6].Length > 0 && !int.TryParse(row.Fields[6], NumberStyles.None, CultureInfo.InvariantCulture, out population))
        {
            throw new FormatException($"{row.Where}: population '{row.Fields[6]}' must be a whole number of people");
        }

        return population;
    }

    /// <summary>
    /// A number as the gazetteer writes it ("-12.3456", "48000"), read by hand: the 180,000 coordinates and 90,000
    /// populations of the shipped file are most of its load time through <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out double)"/>.
    /// Anything else (an exponent, a stray character) goes through it.
    /// </summary>
    internal static double Number(ReadOnlySpan<char> text)
    {
        int i = 0;
        bool negative = text.Length > 0 && text[0] == '-';
        if (negative)
        {
            i = 1;
        }

        long whole = 0, fraction = 0, scale = 1;
        int digits = 0;
        for (; i < text.Length && char.IsAsciiDigit(text[i]) && digits < 15; i++, digits++)
        {
            whole = (whole * 10) + (text[i] - '0');
        }

        if (i < text.Length && text[i] == '.')
        {
            for (i++; i < text.Length && char.IsAsciiDigit(text[i]) && digits < 15; i++, digits++)
            {
                fraction = (fraction * 10) + (text[i] - '0');
                scale *= 10;
            }
        }

        if (i != text.Length || digits == 0)
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : 0;
        }

        // One division of two exact integers (at most 15 digits) rounds once, as double.Parse would: the same double.
        double number = (double)((whole * scale) + fraction) / scale;
        return negative ? -number : number;
    }

    /// <summary>Adds a meaning to a name: most names have one, so each keeps an array, grown on the rare second.</summary>
    private static void Add(Dictionary<string, PlaceEntry[]> names, string name, PlaceEntry entry)
    {
        ref var entries = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(names, name, out bool exists);
        entries = exists ? [.. entries!, entry] : [entry];
    }
}
