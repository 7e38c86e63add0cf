using System.Buffers;
using System.Collections.Concurrent;
using System.Numerics;
using System.Text;
using System.Text.Unicode;

namespace Sitrep.Core.Places;

/// <summary>
/// The gazetteer's towns as its file ships them: one line each, sorted by name (case ignored, as
/// <see cref="StringComparison.OrdinalIgnoreCase"/> compares) so that the towns of a name are neighbours, and so are the
/// names that open with the same two characters (a bucket: "Ke…", "Ål…"). Loading notes where each line starts and the
/// few names a report may ask for through another bucket (other forms that open otherwise: "Ile" for "Île", "St." for
/// Saint; a one-letter first word), nothing more; a bucket's names and their other forms are hashed the first time a
/// name or first word of theirs is asked for (a one-report run asks for a few dozen buckets of thousands), and a town's
/// entry is read from its line the first time its name is, and kept (the table only ever fills in what its text says,
/// so any reader sees the same entries).
/// </summary>
internal sealed class TownTable
{
    private readonly ReadOnlyMemory<byte> _text;
    /// <summary>Each town's line: where it starts in the text and how long its name is, in bytes, side by side (one read from memory).</summary>
    private readonly (int Start, int NameLength)[] _lines;
    private readonly NameStarts _nameStarts;
    /// <summary>
    /// The towns of each name read so far, by its first line, in chunks of <see cref="GroupChunk"/> lines allocated when
    /// a name of theirs is first asked for: a run asks for a few thousand names of 137,000, and a table of them all would
    /// be a megabyte the collector sweeps for nothing.
    /// </summary>
    private readonly PlaceEntry[]?[]?[] _groups;

    private const int GroupChunk = 512;
    private readonly Dictionary<string, PlaceEntry>.AlternateLookup<ReadOnlySpan<char>> _countries;
    private readonly Dictionary<string, PlaceEntry>.AlternateLookup<ReadOnlySpan<char>> _areas;

    /// <summary>Whether each line's name is the one before it (case ignored): a namesake, hashed with its first line.</summary>
    private readonly bool[] _sameAsBefore;

    /// <summary>The buckets of names that open with two ASCII characters, by those characters (case ignored), once read.</summary>
    private readonly Bucket?[] _asciiBuckets = new Bucket?[AsciiKeys * (AsciiKeys + 1)];

    /// <summary>The buckets of names that open otherwise ("Ål…"), by their opening, once read.</summary>
    private readonly ConcurrentDictionary<string, Bucket> _otherBuckets = new(StringComparer.OrdinalIgnoreCase);

    private readonly Lock _reading = new();

    /// <summary>The printable ASCII characters, from ' ': the keys of <see cref="_asciiBuckets"/> (one more for a name of one character).</summary>
    private const int AsciiKeys = 95;

    // A bucket's slots: open addressing over its names. A slot (a name's case-blind hash, then the next ones) holds 1 +
    // the index of the first line of that name in its upper 24 bits and the hash's top 8 bits in its lowest (a
    // fingerprint), 0 when empty. Twice as many slots as distinct names, or more: a search probes one or two, and a probe
    // whose fingerprint differs is passed over without reading the name out of the file's text, far away in memory.

    /// <summary>The most lines a slot can point to: the index sits above the 8-bit fingerprint and below the sign bit.</summary>
    private const int MaxLines = (1 << 23) - 1;

    /// <summary>
    /// Other forms of the towns' names, as reports also write them: without accents ("Tillaberi" for "Tillabéri"), and
    /// without a final " City" ("Marawi" for "Marawi City"); the index of the first line of each name of that form. Those
    /// that open otherwise than their names ("Ile" for "Île", "St." for Saint) are noted at load, here, and never changed
    /// after; the others with their bucket (<see cref="Bucket.Forms"/>), which is published whole. So both are plain
    /// tables that any thread may read, not a concurrent one, whose entry objects were a tenth of what a run allocates
    /// before its first report.
    /// </summary>
    private readonly Dictionary<string, int[]> _loadForms = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _loadFormLookup;

    /// <summary>A bucket once read: the slots of its names, and the other forms of its names that open as they do (null for none).</summary>
    private sealed class Bucket(int[] slots, Dictionary<string, int[]>? forms)
    {
        public int[] Slots { get; } = slots;

        public Dictionary<string, int[]>? Forms { get; } = forms;
    }

    /// <param name="text">The file's bytes (UTF-8); the towns' lines from <paramref name="from"/> on.</param>
    /// <param name="starts">Notes each name's first word and its other forms (<see cref="NameStarts"/>).</param>
    public TownTable(ReadOnlyMemory<byte> text, int from, Dictionary<string, PlaceEntry> countries, Dictionary<string, PlaceEntry> areas, NameStarts starts)
    {
        _text = text;
        _countries = countries.GetAlternateLookup<ReadOnlySpan<char>>();
        _areas = areas.GetAlternateLookup<ReadOnlySpan<char>>();
        _nameStarts = starts;
        var bytes = text.Span;
        // One line of the file is one town (the countries and areas come before): counted first, so that the table is
        // allocated once at its size, not grown through copies (a megabyte each, which the collector then has to sweep).
        var towns = bytes[Math.Min(from, bytes.Length)..];
        var lines = new (int Start, int NameLength)[towns.Count((byte)'\n') + (towns.IsEmpty || towns[^1] == '\n' ? 0 : 1)];
        int count = 0;
        for (int at = from; at < bytes.Length;)
        {
            int end = bytes[at..].IndexOf((byte)'\n');
            end = end < 0 ? bytes.Length : at + end;
            if (end - at > 2 && bytes[at] == 'P' && bytes[at + 1] == '\t')
            {
                int tab = bytes.Slice(at + 2, end - at - 2).IndexOf((byte)'\t');
                lines[count++] = (at + 2, tab < 0 ? end - at - 2 : tab);
            }

            at = end + 1;
        }

        _lines = count == lines.Length ? lines : lines[..count];

        // Whether each line's name is the one before it (case ignored), read with the check that the file came sorted.
        var sameAsBefore = new bool[_lines.Length];
        ShippedSorted = true;
        Span<char> before = stackalloc char[Utf8Names.StackChars], current = stackalloc char[Utf8Names.StackChars];
        int beforeLength = _lines.Length > 0 ? Decode(0, ref before) : 0;
        for (int i = 1; i < _lines.Length; i++)
        {
            int order;
            if (Ascii.IsValid(Name(i - 1)) && Ascii.IsValid(Name(i)))
            {
                order = CompareAscii(Name(i - 1), Name(i));
                beforeLength = -1; // decoded when a name beyond ASCII needs it
            }
            else
            {
                if (beforeLength < 0)
                {
                    beforeLength = Decode(i - 1, ref before);
                }

                int length = Decode(i, ref current);
                order = ((ReadOnlySpan<char>)before[..beforeLength]).CompareTo(current[..length], StringComparison.OrdinalIgnoreCase);
                var swap = before;
                before = current;
                current = swap;
                beforeLength = length;
            }

            if (order > 0)
            {
                ShippedSorted = false;
                break;
            }

            sameAsBefore[i] = order == 0;
        }

        if (!ShippedSorted)
        {
            // A file regenerated by hand or by another script: sorted here, at a cost, rather than searched wrongly.
            // Stable: a name's towns keep the file's order (by country, the bigger first), which resolution starts from.
            var names = Enumerable.Range(0, _lines.Length).Select(i => Utf8Names.String(Name(i))).ToArray();
            var byName = Enumerable.Range(0, _lines.Length).Order(Comparer<int>.Create((a, b) => string.Compare(names[a], names[b], StringComparison.OrdinalIgnoreCase))).ToArray();
            _lines = [.. byName.Select(i => _lines[i])];
            for (int i = 1; i < _lines.Length; i++)
            {
                sameAsBefore[i] = names[byName[i - 1]].Equals(names[byName[i]], StringComparison.OrdinalIgnoreCase);
            }
        }

        if (_lines.Length > MaxLines)
        {
            throw new FormatException($"the gazetteer has {_lines.Length:N0} towns; at most {MaxLines:N0} are read");
        }

        _groups = new PlaceEntry[]?[]?[(_lines.Length + GroupChunk - 1) / GroupChunk];
        _sameAsBefore = sameAsBefore;
        _loadFormLookup = _loadForms.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> decoded = current;
        for (int i = 0; i < _lines.Length; i++)
        {
            var utf8 = Name(i);
            // Read now: a name with other forms that open otherwise than it does ("Île" as "Ile", "Saint" as "St."), which a
            // report may write with other first letters than the name's; and one whose first word is shorter than a bucket's
            // opening ("A Coruña"), which the word's bucket does not hold. Most names are neither: the other forms of the
            // rest ("Tillabéri" as "Tillaberi", "Marawi City" as "Marawi") open as their names do, and are read with them.
            var (forms, shortFirstWord) = (OtherFormsOpenOtherwise(utf8), utf8.Length < 2 || !char.IsAsciiLetterOrDigit((char)utf8[0]) || !char.IsAsciiLetterOrDigit((char)utf8[1]));
            if (sameAsBefore[i] || !(forms || shortFirstWord))
            {
                continue; // a namesake: its name has its forms already
            }

            int nameLength = Decode(i, ref decoded);
            ReadOnlySpan<char> name = decoded[..nameLength];
            if (shortFirstWord && PlaceMentionFinder.WordLength(name, 0) < 2)
            {
                starts.AddName(name, Gazetteer.WordHash(name));
            }

            if (forms)
            {
                AddOtherForms(i, name, _loadForms);
            }
        }
    }

    /// <summary>Whether a UTF-8 name may have other forms: written beyond plain ASCII or with an apostrophe, "Saint …", "… City".</summary>
    private static bool HasOtherForms(ReadOnlySpan<byte> name) =>
        name.IndexOfAnyExcept(PlainAsciiBytes) >= 0 || name.EndsWith(" City"u8) || OpensAbbreviated(name) || name.IndexOf((byte)'-') > 0;

    /// <summary>Whether a UTF-8 name has other forms that may open otherwise than it does (its first two characters beyond plain ASCII, "Saint …").</summary>
    private static bool OtherFormsOpenOtherwise(ReadOnlySpan<byte> name) =>
        name[..Math.Min(2, name.Length)].IndexOfAnyExcept(PlainAsciiBytes) >= 0 || OpensAbbreviated(name);

    /// <summary>Notes the other forms of the name on line <paramref name="i"/>, decoded as <paramref name="name"/>, in <paramref name="into"/>.</summary>
    private void AddOtherForms(int i, ReadOnlySpan<char> name, Dictionary<string, int[]> into)
    {
        bool plainAscii = !name.ContainsAnyExcept(PlainAscii); // most names: no accent, no apostrophe
        var plain = !plainAscii && PlainLetters.HasAccents(name) ? PlainLetters.Plain(name) : null;
        if (plain is not null)
        {
            AddOtherForm(plain, i, into);
        }

        if (!plainAscii && PlainLetters.WithoutApostrophes(plain ?? name) is { } bare)
        {
            AddOtherForm(bare, i, into); // "Marib" for "Ma'rib"
            if (PlainLetters.WithTypedApostrophes(plain ?? name) is { } typed)
            {
                AddOtherForm(typed, i, into); // "Nuku'alofa" for "Nuku‘alofa"
            }
        }

        if (name.IndexOf('-') > 0 && PlainLetters.HyphensAsSpaces(plain ?? name) is { } spaced)
        {
            AddOtherForm(spaced, i, into); // "Port Vila" for "Port-Vila"
        }

        foreach (var (whole, shortForms) in Abbreviated)
        {
            if (name[0] == whole[0] && name.StartsWith(whole, StringComparison.Ordinal) && name.Length > whole.Length)
            {
                foreach (string form in shortForms)
                {
                    AddOtherForm(string.Concat(form, (plain ?? name.ToString()).AsSpan(whole.Length)), i, into); // "St. Augustine", "FT LAUDERDALE"
                }
            }
        }

        // "Marawi City", "Cebu City": a city's formal name whose news name is the first part. Not in the US, where
        // "Kansas City" and "Charles City" are the names as written, and "Charles" is someone.
        if (name.Length > CitySuffix.Length + 2 && name.EndsWith(CitySuffix, StringComparison.Ordinal) && !CountryOf(i).SequenceEqual("US"u8))
        {
            AddOtherForm((plain ?? name.ToString())[..^CitySuffix.Length], i, into);
        }
    }

    /// <summary>Decodes the name of line <paramref name="index"/> into <paramref name="into"/> (a longer buffer if it is too short); returns its length.</summary>
    private int Decode(int index, ref Span<char> into)
    {
        var name = Name(index);
        if (name.Length > into.Length)
        {
            into = new char[name.Length];
        }

        return Utf8Names.Decode(name, into);
    }

    /// <summary>Two ASCII names in the order <see cref="StringComparison.OrdinalIgnoreCase"/> gives them: by their upper-case letters.</summary>
    private static int CompareAscii(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            int x = a[i], y = b[i];
            if (x != y)
            {
                x = x is >= 'a' and <= 'z' ? x - 32 : x;
                y = y is >= 'a' and <= 'z' ? y - 32 : y;
                if (x != y)
                {
                    return x - y;
                }
            }
        }

        return a.Length - b.Length;
    }

    private const string CitySuffix = " City";

    /// <summary>ASCII letters, digits and marks but the apostrophe: a name of these alone has no other form without accents or apostrophes.</summary>
    private const string PlainAsciiCharacters =
        " !\"#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(PlainAsciiCharacters);

    /// <summary>The same, as the bytes of a UTF-8 name.</summary>
    private static readonly SearchValues<byte> PlainAsciiBytes = SearchValues.Create(Encoding.ASCII.GetBytes(PlainAsciiCharacters));

    /// <summary>Whether a UTF-8 name opens with a word of <see cref="Abbreviated"/> ("Saint ", "Fort ").</summary>
    private static bool OpensAbbreviated(ReadOnlySpan<byte> name) =>
        name.StartsWith("Saint "u8) || name.StartsWith("Sainte "u8) || name.StartsWith("Fort "u8) || name.StartsWith("Mount "u8);

    /// <summary>A name's first word as news abbreviates it: "St. Augustine" for Saint Augustine, "Ft. Myers", "Mt. Juliet".</summary>
    internal static readonly (string Whole, string[] Short)[] Abbreviated =
    [
        ("Saint ", ["St. ", "St "]),
        ("Sainte ", ["Ste. ", "Ste "]),
        ("Fort ", ["Ft. ", "Ft "]),
        ("Mount ", ["Mt. ", "Mt "]),
    ];

    /// <summary>The country code on line <paramref name="index"/> (the field after the name).</summary>
    private ReadOnlySpan<byte> CountryOf(int index)
    {
        var rest = _text.Span[(_lines[index].Start + _lines[index].NameLength + 1)..];
        int tab = rest.IndexOf((byte)'\t');
        return tab < 0 ? rest : rest[..tab];
    }

    /// <summary>Notes one other form of the name whose first line is <paramref name="first"/> (at load, or under the bucket lock).</summary>
    private void AddOtherForm(string form, int first, Dictionary<string, int[]> into)
    {
        if (into.TryGetValue(form, out var firsts))
        {
            // In the file's order, as resolution reads the towns.
            int at = ~Array.BinarySearch(firsts, first);
            if (at >= 0)
            {
                into[form] = [.. firsts.AsSpan(0, at), first, .. firsts.AsSpan(at)];
            }

            return;
        }

        into[form] = [first];
        _nameStarts.AddOtherForm(form, Gazetteer.WordHash(form));
    }

    /// <summary>The index of the first line of a name (<paramref name="hash"/> its <see cref="Gazetteer.WordHash"/>), or -1.</summary>
    private int FirstOf(ReadOnlySpan<char> name, int hash)
    {
        if (name.IsEmpty)
        {
            return -1;
        }

        var slots = BucketOf(name).Slots;
        int fingerprint = Gazetteer.Fingerprint(hash);
        for (int slot = hash & (slots.Length - 1), held; (held = slots[slot]) != 0; slot = (slot + 1) & (slots.Length - 1))
        {
            if ((held & 0xFF) == fingerprint && Utf8Names.EqualsIgnoreCase(Name((held >>> 8) - 1), name))
            {
                return (held >>> 8) - 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a word (<paramref name="hash"/> its <see cref="Gazetteer.WordHash"/>) may start a town's name: its bucket is
    /// read first when its bit is not set, so that the first words of its names are noted.
    /// </summary>
    public bool MayStart(ReadOnlySpan<char> word, int hash) => Noted(word, hash, NameStarts.First);

    /// <summary>Whether a name may be another form of a town's (its bucket read first, as for <see cref="MayStart"/>).</summary>
    public bool MayBeOtherForm(ReadOnlySpan<char> form, int hash) => Noted(form, hash, NameStarts.OtherForm);

    /// <summary>Whether a word may open a town's name of two words or more (its bucket read first, as for <see cref="MayStart"/>).</summary>
    public bool MayLead(ReadOnlySpan<char> word, int hash) => Noted(word, hash, NameStarts.Lead);

    /// <summary>
    /// Whether a run of words may be a name: a town's (its bucket read first, as for <see cref="MayStart"/>), or one of
    /// the gazetteer's other names, which it notes in the same set (<see cref="NameStarts.AddName"/>).
    /// </summary>
    public bool MayBeName(ReadOnlySpan<char> name, int hash) => Noted(name, hash, NameStarts.Whole);

    /// <summary>Whether a word's bit is set in one of <see cref="NameStarts"/>' sets, its bucket read first when it is not.</summary>
    private bool Noted(ReadOnlySpan<char> word, int hash, int set)
    {
        if (_nameStarts.Has(hash, set) || word.IsEmpty)
        {
            return _nameStarts.Has(hash, set); // a bit once set stays set: no bucket to read
        }

        _ = BucketOf(word);
        return _nameStarts.Has(hash, set);
    }

    /// <summary>The bucket of the names that open as <paramref name="name"/> does (its first two characters, case ignored), read the first time.</summary>
    private Bucket BucketOf(ReadOnlySpan<char> name)
    {
        char a = name[0], b = name.Length > 1 ? name[1] : ' ';
        if (a - 32u < AsciiKeys && b - 32u < AsciiKeys)
        {
            // ASCII ('a'..'z' as 'A'..'Z'), a name of one character in the last column.
            int key = ((AsciiUpper(a) - ' ') * (AsciiKeys + 1)) + (name.Length == 1 ? AsciiKeys : AsciiUpper(b) - ' ');
            return Volatile.Read(ref _asciiBuckets[key]) ?? Read(name[..Math.Min(2, name.Length)], key);
        }

        var opening = name[..Math.Min(2, name.Length)];
        return _otherBuckets.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(opening, out var bucket) ? bucket : Read(opening, -1);
    }

    private static int AsciiUpper(char c) => c is >= 'a' and <= 'z' ? c - 32 : c;

    /// <summary>Reads the bucket of an opening: its lines found by halving, its names hashed, their first words noted.</summary>
    private Bucket Read(ReadOnlySpan<char> opening, int key)
    {
        lock (_reading)
        {
            var known = key >= 0 ? _asciiBuckets[key] : _otherBuckets.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(opening, out var b) ? b : null;
            if (known is not null)
            {
                return known;
            }

            int first = FirstLineNotBefore(opening, inclusive: true), end = FirstLineNotBefore(opening, inclusive: false);
            int distinct = 0;
            for (int i = first; i < end; i++)
            {
                distinct += _sameAsBefore[i] ? 0 : 1;
            }

            var slots = new int[Math.Max(4, (int)BitOperations.RoundUpToPowerOf2((uint)distinct * 2))];
            Dictionary<string, int[]>? forms = null;
            Span<char> decoded = stackalloc char[Utf8Names.StackChars];
            for (int i = first; i < end; i++)
            {
                if (_sameAsBefore[i])
                {
                    continue; // a namesake: its name has its slot already
                }

                int length = Decode(i, ref decoded);
                var name = decoded[..length];
                int hash = Gazetteer.WordHash(name);
                int slot = hash & (slots.Length - 1);
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & (slots.Length - 1);
                }

                slots[slot] = ((i + 1) << 8) | Gazetteer.Fingerprint(hash);
                _nameStarts.AddName(name, hash);
                var utf8 = Name(i);
                if (HasOtherForms(utf8) && !OtherFormsOpenOtherwise(utf8))
                {
                    AddOtherForms(i, name, forms ??= new(StringComparer.OrdinalIgnoreCase)); // forms that open as the name does: asked for through this bucket
                }
            }

            var bucket = new Bucket(slots, forms);
            if (key >= 0)
            {
                Volatile.Write(ref _asciiBuckets[key], bucket);
            }
            else
            {
                _otherBuckets[opening.ToString()] = bucket;
            }

            return bucket;
        }
    }

    /// <summary>
    /// The first line whose name's opening (its first two characters) comes after <paramref name="opening"/>, or is it
    /// (<paramref name="inclusive"/>), case ignored: the names are sorted so, and so are their openings.
    /// </summary>
    private int FirstLineNotBefore(ReadOnlySpan<char> opening, bool inclusive)
    {
        Span<char> own = stackalloc char[2];
        int low = 0, high = _lines.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            Utf8.ToUtf16(Name(middle), own, out _, out int written, replaceInvalidSequences: true);
            int order = ((ReadOnlySpan<char>)own[..written]).CompareTo(opening, StringComparison.OrdinalIgnoreCase);
            if (order < 0 || (!inclusive && order == 0))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    public int Count => _lines.Length;

    /// <summary>Whether the file's towns came sorted (the build script sorts them).</summary>
    public bool ShippedSorted { get; }

    /// <summary>The towns of a name after <paramref name="named"/> (its countries, areas and aliases), or <paramref name="named"/> alone.</summary>
    public PlaceEntry[] Find(ReadOnlySpan<char> name, PlaceEntry[] named) => Find(name, Gazetteer.WordHash(name), named);

    /// <summary>
    /// The towns of a name (<paramref name="hash"/> its <see cref="Gazetteer.WordHash"/>) after <paramref name="named"/>
    /// (its countries, areas and aliases), or <paramref name="named"/> alone.
    /// </summary>
    public PlaceEntry[] Find(ReadOnlySpan<char> name, int hash, PlaceEntry[] named)
    {
        int first = FirstOf(name, hash);
        if (first < 0)
        {
            return named;
        }

        var group = Group(first);
        return named.Length == 0 ? group : [.. named, .. group];
    }

    /// <summary>The towns whose names have <paramref name="form"/> as another form ("Tillaberi", "Marawi"), or an empty list.</summary>
    public PlaceEntry[] FindOtherForm(ReadOnlySpan<char> form)
    {
        if (form.IsEmpty)
        {
            return [];
        }

        // Forms noted at load, and those of the form's own bucket (read first): a form may have towns in both, merged in
        // the file's order.
        int[]? atLoad = _loadFormLookup.TryGetValue(form, out var a) ? a : null;
        int[]? inBucket = BucketOf(form).Forms is { } forms && forms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out var b) ? b : null;
        int[]? firsts = atLoad is null ? inBucket : inBucket is null ? atLoad : [.. atLoad.Union(inBucket).Order()];
        if (firsts is null)
        {
            return [];
        }

        if (firsts.Length == 1)
        {
            return Group(firsts[0]);
        }

        var towns = new List<PlaceEntry>();
        foreach (int first in firsts)
        {
            towns.AddRange(Group(first));
        }

        return [.. towns];
    }

    /// <summary>The towns of the name whose first line is <paramref name="first"/>, read from their lines the first time.</summary>
    private PlaceEntry[] Group(int first)
    {
        var chunk = Volatile.Read(ref _groups[first / GroupChunk]);
        if (chunk is null)
        {
            var fresh = new PlaceEntry[]?[GroupChunk];
            chunk = Interlocked.CompareExchange(ref _groups[first / GroupChunk], fresh, null) ?? fresh;
        }

        var group = Volatile.Read(ref chunk[first % GroupChunk]);
        if (group is null)
        {
            var name = Name(first);
            int last = first + 1;
            while (last < _lines.Length && Utf8Names.EqualsIgnoreCase(Name(last), name))
            {
                last++;
            }

            var towns = new PlaceEntry[last - first];
            for (int i = first; i < last; i++)
            {
                towns[i - first] = Entry(_lines[i].Start);
            }

            group = Interlocked.CompareExchange(ref chunk[first % GroupChunk], towns, null) ?? towns;
        }

        return group;
    }

    /// <summary>The UTF-8 name of the town on line <paramref name="index"/> of the table (names repeat for namesakes).</summary>
    private ReadOnlySpan<byte> Name(int index) => _text.Span.Slice(_lines[index].Start, _lines[index].NameLength);

    /// <summary>A town's entry from its line: name, country, admin1, lat, lon, population, seat, the town it is part of.</summary>
    private PlaceEntry Entry(int start)
    {
        var bytes = _text.Span[start..];
        int end = bytes.IndexOf((byte)'\n');
        bytes = end < 0 ? bytes : bytes[..end];
        Span<char> decoded = bytes.Length <= 512 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        ReadOnlySpan<char> line = decoded[..Utf8Names.Decode(bytes, decoded)];
        Span<Range> fields = stackalloc Range[8];
        int n = line.Split(fields, '\t');
        for (int i = n; i < fields.Length; i++)
        {
            fields[i] = default; // a missing field is empty
        }

        var country = line[fields[1]];
        var admin1 = line[fields[2]];
        var seat = line[fields[6]];
        var partOf = line[fields[7]];
        // Codes are shared with the country's and area's entries rather than allocated per town.
        return new PlaceEntry(line[fields[0]].ToString(), PlacePrecision.Place,
            _countries.TryGetValue(country, out var c) ? c.Country : country.ToString(),
            admin1.IsEmpty ? null : _areas.TryGetValue(admin1, out var area) ? area.Admin1 : admin1.ToString(),
            Gazetteer.Number(line[fields[3]]), Gazetteer.Number(line[fields[4]]), (int)Gazetteer.Number(line[fields[5]]),
            seat.SequenceEqual("C") ? 2 : seat.SequenceEqual("A1") ? 1 : 0)
        {
            PartOf = partOf.IsEmpty ? null : partOf.ToString(),
        };
    }
}
