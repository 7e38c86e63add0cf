#!/usr/bin/env python3
"""Where a function's time goes, from a `perf record -g` profile: the share of all samples spent in it (or under it)
and, below, the share under each function it calls directly (or in itself).

    tools/perf-under.py PERF_DATA FUNCTION [TOP]

FUNCTION is matched as a substring of the symbol (native sitrep symbols look like
Sitrep_Core_Sitrep_Core_Places_TownTable___ctor). Profile the native program right after the publish that made it:
    perf record -F 5000 -g -o perf.data taskset -c 0 src/Sitrep.Cli/bin/Release/net10.0/linux-x64/native/sitrep extract DIR --format jsonl > out
A later publish overwrites that file, and perf then finds no symbols for the old profile.
"""
import collections
import subprocess
import sys


def stacks(data):
    """Each sample's frames, leaf first, as symbol names."""
    script = subprocess.run(["perf", "script", "-i", data, "-F", "ip,sym"], capture_output=True, text=True, check=True).stdout
    for block in script.split("\n\n"):
        frames = []
        for line in block.strip().splitlines():
            parts = line.strip().split(None, 1)
            frames.append(parts[1] if len(parts) > 1 else "[unknown]")
        if frames:
            yield frames


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip())
        return 2
    data, function = argv[1], argv[2]
    top = int(argv[3]) if len(argv) > 3 else 15
    total = inside = 0
    children = collections.Counter()
    for frames in stacks(data):
        total += 1
        for depth, frame in enumerate(frames):
            if function in frame:
                inside += 1
                children[frames[depth - 1] if depth > 0 else "(itself)"] += 1
                break
    if total == 0:
        print(f"perf-under: no samples in {data}", file=sys.stderr)
        return 1
    print(f"{function}: {inside} of {total} samples ({100 * inside / total:.1f}%)")
    for child, n in children.most_common(top):
        print(f"  {100 * n / total:5.1f}%  {child[:140]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
