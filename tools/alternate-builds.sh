#!/usr/bin/env bash
# Times two published sitrep builds on one input, alternated on one core, and prints each build's medians.
#
#   tools/alternate-builds.sh DIR_A DIR_B INPUT [ROUNDS] [CORE]
#
# DIR_A and DIR_B hold a published `sitrep` each (`dotnet publish src/Sitrep.Cli -c Release -o DIR`). Each round runs
# `DIR/sitrep extract INPUT --format jsonl` for A, then for B, under `taskset -c CORE` (default 0; keep the other core
# idle), output to a file. Prints, per build, the median and range of the wall time, the median CPU time (user +
# system) and the peak memory, the median of B's time over A's round by round, then whether the two builds wrote the
# same bytes. On a shared machine the same run moves by tens of per cent from one minute to the next: compare builds
# only in one call, never a figure from one hour with one from another.
set -euo pipefail

if [ $# -lt 3 ]; then
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi

a=$1 b=$2 input=$3 rounds=${4:-8} core=${5:-0}
for dir in "$a" "$b"; do
  [ -x "$dir/sitrep" ] || { echo "alternate-builds: no sitrep in $dir (publish one there first)" >&2; exit 2; }
done
[ -e "$input" ] || { echo "alternate-builds: no input at $input" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for ((i = 1; i <= rounds; i++)); do
  for side in A B; do
    dir=$a; [ "$side" = B ] && dir=$b
    /usr/bin/time -f "$side %e %U %S %M" -a -o "$work/times" \
      taskset -c "$core" "$dir/sitrep" extract "$input" --format jsonl > "$work/out-$side" 2>/dev/null
  done
done

python3 - "$work/times" "$a" "$b" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
for side, name in (("A", sys.argv[2]), ("B", sys.argv[3])):
    wall = [float(r[1]) for r in rows if r[0] == side]
    cpu = [float(r[2]) + float(r[3]) for r in rows if r[0] == side]
    peak = max(int(r[4]) for r in rows if r[0] == side)
    print(f"{side} {name}: wall median {statistics.median(wall):.3f} s ({min(wall):.2f}-{max(wall):.2f}), "
          f"cpu median {statistics.median(cpu):.3f} s, peak {peak // 1024} MB, {len(wall)} runs")
# Each round's B against the A run just before it: the machine's drift over the minutes weighs on both alike.
walls = {side: [float(r[1]) for r in rows if r[0] == side] for side in ("A", "B")}
ratios = sorted(b / a for a, b in zip(walls["A"], walls["B"]))
quartile = lambda q: ratios[min(len(ratios) - 1, int(q * len(ratios)))]
print(f"B/A wall, round by round: median {statistics.median(ratios):.3f}, quartiles {quartile(0.25):.3f} to {quartile(0.75):.3f}")
PY
if cmp -s "$work/out-A" "$work/out-B"; then echo "the two builds wrote the same bytes"; else echo "THE TWO BUILDS WROTE DIFFERENT BYTES"; fi
