using System.Numerics;
using Sitrep.Core.Text;

namespace Sitrep.Core.Cleaning;

/// <summary>
/// Finds passages of body text that repeat an earlier passage of the same article, even with small
/// differences (a changed word, a curly apostrophe, a sentence glued to the next): runs of at least
/// <see cref="MinRunWords"/> words whose five-word shingles all appeared earlier, bridging small gaps.
/// </summary>
public sealed class RepeatDetector
{
    public const int ShingleWords = 5;
    public const int MinRunWords = 12;
    private const int MaxGapWords = 4;

    /// <summary>One thread's buffers, kept between reports: the detector runs on every report and would otherwise allocate several times the text.</summary>
    [ThreadStatic]
    private static Scratch? t_scratch;

    public IReadOnlyList<TextSpan> Find(string text, IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(blocks);
        return Find(text, blocks, BlockTokens.Read(text, blocks));
    }

    /// <summary>
    /// The repeats among the body blocks whose tokens the cleaner read already (<see cref="BlockTokens"/>): the same
    /// answer as <see cref="Find(string, IReadOnlyList{Block})"/>, without reading the text's words a second time.
    /// </summary>
    internal IReadOnlyList<TextSpan> Find(string text, IReadOnlyList<Block> blocks, BlockTokens read)
    {
        var scratch = t_scratch ??= new Scratch();
        var words = scratch.Words;
        words.Clear();
        for (int b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Role is BlockRole.Body or BlockRole.Repeat)
            {
                AddWords(read.Tokens, read.First(b), read.End(b), words);
            }
        }

        return Find(text, words, scratch);
    }

    private static void AddWords(List<Token> tokens, int first, int end, List<Token> words)
    {
        for (int i = first; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Symbol)
            {
                words.Add(token);
            }
        }
    }

    private IReadOnlyList<TextSpan> Find(string text, List<Token> words, Scratch scratch)
    {
        if (words.Count < MinRunWords + ShingleWords)
        {
            scratch.Trim();
            return [];
        }

        int shingleCount = words.Count - ShingleWords + 1;
        var shingles = scratch.Shingles(shingleCount);
        for (int i = 0; i < shingleCount; i++)
        {
            shingles[i] = Shingle(words, i);
        }

        var seen = scratch.Seen(shingleCount);
        var covered = scratch.Covered(words.Count);
        bool any = false;
        for (int i = 0; i < shingleCount; i++)
        {
            // Shingles become visible once they end before the current one starts, so a phrase
            // never counts as a repeat of itself.
            int visible = i - ShingleWords;
            if (visible >= 0)
            {
                seen.Add(shingles[visible]);
            }

            if (seen.Contains(shingles[i]))
            {
                covered.AsSpan(i, ShingleWords).Fill(true);
                any = true;
            }
        }

        IReadOnlyList<TextSpan> runs = any ? Runs(words, covered) : [];
        scratch.Trim();
        return runs;
    }

    private static List<TextSpan> Runs(List<Token> words, bool[] covered)
    {
        var spans = new List<TextSpan>();
        int i = 0;
        while (i < words.Count)
        {
            if (!covered[i])
            {
                i++;
                continue;
            }

            int start = i, end = i, gap = 0;
            for (int k = i + 1; k < words.Count; k++)
            {
                if (covered[k])
                {
                    end = k;
                    gap = 0;
                }
                else if (++gap > MaxGapWords)
                {
                    break;
                }
            }

            if (end - start + 1 >= MinRunWords)
            {
                spans.Add(TextSpan.FromBounds(words[start].Start, words[end].End));
            }

            i = end + 1;
        }

        return spans;
    }

    /// <summary>FNV-1a's offset and prime, for shingles of words.</summary>
    private const ulong Offset = 14695981039346656037UL, Prime = 1099511628211UL;

    /// <summary>The shingle of five words from <paramref name="start"/>, of the hashes the tokenizer gave them (<see cref="Token.Hash"/>).</summary>
    private static ulong Shingle(List<Token> words, int start)
    {
        ulong h = Offset;
        for (int k = start; k < start + ShingleWords; k++)
        {
            h = (h ^ (uint)words[k].Hash) * Prime;
            h = (h << 13) | (h >> 51);
        }

        return h;
    }

    /// <summary>Buffers reused from report to report on one thread; one very long report's are let go after it.</summary>
    private sealed class Scratch
    {
        private const int KeepWords = 1 << 16;

        private ulong[] _shingles = [];
        private bool[] _covered = [];

        public List<Token> Words { get; private set; } = new(1024);

        private ShingleSet _seen = new(1024);

        /// <summary>An empty set with room for <paramref name="count"/> shingles.</summary>
        public ShingleSet Seen(int count)
        {
            if (_seen.Capacity < count)
            {
                _seen = new ShingleSet(count);
            }
            else
            {
                _seen.Clear(count);
            }

            return _seen;
        }

        public ulong[] Shingles(int count)
        {
            if (_shingles.Length < count)
            {
                _shingles = new ulong[Math.Max(count, 2 * _shingles.Length)];
            }

            return _shingles;
        }

        /// <summary>Room for <paramref name="count"/> flags, all false.</summary>
        public bool[] Covered(int count)
        {
            if (_covered.Length < count)
            {
                _covered = new bool[Math.Max(count, 2 * _covered.Length)];
            }
            else
            {
                Array.Clear(_covered, 0, count);
            }

            return _covered;
        }

        public void Trim()
        {
            if (Words.Capacity > KeepWords)
            {
                Words = new(1024);
                _seen = new(1024);
                _shingles = [];
                _covered = [];
            }
        }
    }

    /// <summary>
    /// The shingles seen so far: a table of open addressing sized for a report's shingles (at most half full), cleared
    /// between reports. A shingle's hash is already well mixed (its last step rotates the product's high bits down), so
    /// its low bits index the table; 0 marks an empty slot, and the shingle 0 is kept aside. A <see cref="HashSet{T}"/>
    /// of the same shingles reads a bucket, then an entry with its hash and chain, for each question. Cleared for a
    /// report, it uses (and clears) only the front of its slots that the report's shingles need: one long report once
    /// read no longer costs every short one after it the clearing of its whole table.
    /// </summary>
    internal sealed class ShingleSet
    {
        private const int Fewest = 16;

        private readonly ulong[] _slots;
        private int _mask;
        private bool _zero;

        public ShingleSet(int capacity)
        {
            _slots = new ulong[Slots(capacity)];
            _mask = _slots.Length - 1;
            Capacity = _slots.Length / 2;
        }

        /// <summary>How many shingles the set holds at most half full.</summary>
        public int Capacity { get; }

        /// <summary>Empties the set, with room for <paramref name="count"/> shingles (at most <see cref="Capacity"/>; all of it when not given).</summary>
        public void Clear(int count = int.MaxValue)
        {
            int used = count >= Capacity ? _slots.Length : Slots(count);
            Array.Clear(_slots, 0, used);
            _mask = used - 1;
            _zero = false;
        }

        /// <summary>The slots for <paramref name="count"/> shingles: a power of two, at least twice as many.</summary>
        private static int Slots(int count) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(Fewest, 2 * count));

        public void Add(ulong shingle)
        {
            if (shingle == 0)
            {
                _zero = true;
                return;
            }

            int i = (int)shingle & _mask;
            while (_slots[i] != 0)
            {
                if (_slots[i] == shingle)
                {
                    return;
                }

                i = (i + 1) & _mask;
            }

            _slots[i] = shingle;
        }

        public bool Contains(ulong shingle)
        {
            if (shingle == 0)
            {
                return _zero;
            }

            for (int i = (int)shingle & _mask; _slots[i] != 0; i = (i + 1) & _mask)
            {
                if (_slots[i] == shingle)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
