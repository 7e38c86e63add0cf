using System.Text;

namespace Sitrep.Fuzz;

/// <summary>
/// Makes new inputs from old ones, deterministically for a seed: flips and random bytes, the target's own
/// syntax spliced in, ranges deleted, repeated (deep nesting, long runs of digits) or taken from another input,
/// and cuts. No coverage feedback: that is what SharpFuzz with libFuzzer or AFL adds for long runs.
/// </summary>
public sealed class Mutator(int seed, IReadOnlyList<string> tokens, int maxBytes)
{
    private readonly Random _random = new(seed);
    private readonly byte[][] _tokens = [.. tokens.Select(t => Encoding.UTF8.GetBytes(t))];

    public byte[] Mutate(byte[] input, byte[] other)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(other);
        var bytes = new List<byte>(input);
        int steps = 1 + _random.Next(4);
        for (int s = 0; s < steps; s++)
        {
            switch (_random.Next(8))
            {
                case 0 when bytes.Count > 0:
                    bytes[_random.Next(bytes.Count)] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1:
                    bytes.InsertRange(Position(bytes), Enumerable.Range(0, 1 + _random.Next(8)).Select(_ => (byte)_random.Next(256)));
                    break;
                case 2 or 3 when _tokens.Length > 0:
                    bytes.InsertRange(Position(bytes), _tokens[_random.Next(_tokens.Length)]);
                    break;
                case 4 when bytes.Count > 1:
                {
                    var (start, length) = Range(bytes.Count);
                    bytes.RemoveRange(start, length);
                    break;
                }

                case 5 when bytes.Count > 1:
                {
                    // Repeat a short range many times: deep nesting, long numbers, long sentences.
                    var (start, length) = Range(Math.Min(bytes.Count, 64));
                    var piece = bytes.GetRange(start, length);
                    int times = 1 + _random.Next(Math.Max(1, maxBytes / 4 / Math.Max(1, length)));
                    bytes.InsertRange(start, Enumerable.Repeat(piece, times).SelectMany(p => p));
                    break;
                }

                case 6 when other.Length > 0:
                {
                    var (start, length) = Range(other.Length);
                    bytes.InsertRange(Position(bytes), other.AsSpan(start, length).ToArray());
                    break;
                }

                case 7 when bytes.Count > 0:
                {
                    // Cut the input short: an unclosed tag, a half line, a truncated UTF-8 sequence.
                    int cut = _random.Next(bytes.Count);
                    bytes.RemoveRange(cut, bytes.Count - cut);
                    break;
                }
            }
        }

        return bytes.Count > maxBytes ? [.. bytes.Take(maxBytes)] : [.. bytes];
    }

    /// <summary>Picks one of <paramref name="count"/> items.</summary>
    public int Next(int count) => _random.Next(count);

    private int Position(List<byte> bytes) => _random.Next(bytes.Count + 1);

    private (int Start, int Length) Range(int count)
    {
        int start = _random.Next(count);
        int length = 1 + _random.Next(Math.Min(count - start, 1 + _random.Next(256)));
        return (start, length);
    }
}
