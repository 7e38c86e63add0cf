using System.Diagnostics;
using System.Security.Cryptography;

namespace Sitrep.Fuzz;

/// <summary>
/// A bounded fuzz pass: every seed as it is, then mutants of seeds and of earlier mutants until the time is up.
/// Each input runs with a time limit; an exception is a crash (kept once per exception type and place), an
/// input past the limit is a hang (the pass stops there, since the stuck call cannot be taken back).
/// </summary>
public static class FuzzLoop
{
    /// <summary>Largest mutant, in bytes: small inputs run fast and still reach every branch of a reader.</summary>
    public const int MaxInputBytes = 64 * 1024;

    private const int PoolSize = 256;

    public static FuzzReport Run(IFuzzTarget target, IReadOnlyList<byte[]> seeds, TimeSpan duration, int seed, TimeSpan hangLimit, string? findingsFolder,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(seeds);
        var mutator = new Mutator(seed, target.Tokens, MaxInputBytes);
        var pool = seeds.Where(s => s.Length > 0).ToList();
        if (pool.Count == 0)
        {
            pool.Add("x"u8.ToArray());
        }

        var findings = new List<FuzzFinding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        int inputs = 0;
        foreach (var input in Inputs(pool, seeds, mutator))
        {
            if (watch.Elapsed >= duration || cancellationToken.IsCancellationRequested)
            {
                break;
            }

            inputs++;
            var attempt = Task.Run(() => target.Run(input), CancellationToken.None);
            bool finished;
            try
            {
                finished = attempt.Wait(hangLimit, cancellationToken);
            }
            catch (AggregateException e)
            {
                var inner = e.InnerException!;
                string where = inner.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Sitrep.", StringComparison.Ordinal))?.Trim() ?? "";
                if (seen.Add(inner.GetType().FullName + where))
                {
                    findings.Add(Keep(target, "crash", $"{inner.GetType().Name}: {inner.Message} {where}", input, findingsFolder));
                }

                continue;
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (!finished)
            {
                findings.Add(Keep(target, "hang", $"still running after {hangLimit.TotalSeconds:0} s", input, findingsFolder));
                break;
            }

            if (mutator.Next(8) == 0)
            {
                if (pool.Count >= PoolSize)
                {
                    pool[mutator.Next(pool.Count)] = input;
                }
                else
                {
                    pool.Add(input);
                }
            }
        }

        return new FuzzReport(target.Name, seeds.Count, inputs, watch.Elapsed, findings);
    }

    private static IEnumerable<byte[]> Inputs(List<byte[]> pool, IReadOnlyList<byte[]> seeds, Mutator mutator)
    {
        foreach (var seed in seeds)
        {
            yield return seed;
        }

        while (true)
        {
            yield return mutator.Mutate(pool[mutator.Next(pool.Count)], pool[mutator.Next(pool.Count)]);
        }
    }

    private static FuzzFinding Keep(IFuzzTarget target, string kind, string message, byte[] input, string? folder)
    {
        string? path = null;
        if (folder is not null)
        {
            string dir = Path.Combine(folder, target.Name);
            Directory.CreateDirectory(dir);
            path = Path.Combine(dir, $"{kind}-{Convert.ToHexStringLower(SHA256.HashData(input))[..12]}.bin");
            File.WriteAllBytes(path, input);
        }

        return new FuzzFinding(target.Name, kind, message, input, path);
    }
}
