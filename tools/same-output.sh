#!/usr/bin/env bash
# Runs `sitrep extract` with two published builds over the shared real corpora and says whether each wrote the same
# bytes: the check that a speed change changed no record.
#
#   tools/same-output.sh DIR_A DIR_B [SHARED] [EXTRA_INPUT ...]
#
# DIR_A and DIR_B hold a published `sitrep` each (`dotnet publish src/Sitrep.Cli -c Release -o DIR`). SHARED is the
# shared folder (default: ../shared beside the repository). Reads karabakh-2023 and gva-dev with their manifests,
# reuters-1987 with its manifest and --all, the html pages, and any further files or folders given (e.g. the bench's
# /tmp/sitrep-bench/real-12/files). Prints one line per input; exits 1 if any output differs, keeping both outputs.
set -euo pipefail

if [ $# -lt 2 ]; then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi

a=$1 b=$2
shared=${3:-$(dirname "$0")/../../shared}
shift $(( $# >= 3 ? 3 : 2 ))
for dir in "$a" "$b"; do
  [ -x "$dir/sitrep" ] || { echo "same-output: no sitrep in $dir (publish one there first)" >&2; exit 2; }
done
corpus=$shared/corpus
[ -d "$corpus" ] || { echo "same-output: no corpus at $corpus (give the shared folder as the third argument)" >&2; exit 2; }

work=$(mktemp -d)
differ=0
compare() {
  local name=$1; shift
  "$a/sitrep" extract "$@" --format jsonl > "$work/$name.a" 2> "$work/$name.a.err" || true
  "$b/sitrep" extract "$@" --format jsonl > "$work/$name.b" 2> "$work/$name.b.err" || true
  if cmp -s "$work/$name.a" "$work/$name.b"; then
    echo "same    $name ($(wc -l < "$work/$name.a") records)"
  else
    echo "DIFFER  $name: diff $work/$name.a $work/$name.b"
    differ=1
  fi
}

compare karabakh-2023 "$corpus/karabakh-2023/articles" --manifest "$corpus/karabakh-2023/manifest.jsonl"
compare reuters-1987 "$corpus/reuters-1987/articles" --manifest "$corpus/reuters-1987/manifest.jsonl" --all
compare gva-dev "$corpus/gva-dev/articles" --manifest "$corpus/gva-dev/manifest.jsonl"
compare html-pages "$corpus/html-pages"
n=0
for extra in "$@"; do
  n=$((n + 1))
  compare "extra-$n-$(basename "$extra")" "$extra"
done

if [ "$differ" = 0 ]; then
  rm -rf "$work"
fi
exit $differ
