#!/usr/bin/env bash
# isolint benchmark: generates seeded synthetic corpora (once) and measures,
# in one run, parse-only vs check cold / warm / one-file-changed, peak RSS,
# throughput and 5k/10k/20k scaling. Needs cargo and python3.
#
#   bench/run.sh                  # full run (realistic 5k/10k/20k + dense 5k)
#   SIZES=2000 REPS=1 bench/run.sh   # quick smoke run
#   BENCH_DIR=/path bench/run.sh  # where corpora live (default: /tmp/isolint-bench)
#   EXTRA=0 bench/run.sh          # skip the --no-cache / --no-prefilter rows
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_DIR="${BENCH_DIR:-/tmp/isolint-bench}"
SIZES="${SIZES:-5000,10000,20000}"
REPS="${REPS:-3}"
TARGET="${CARGO_TARGET_DIR:-target}"

cargo build --release --quiet
ISOLINT="$(cd "$TARGET" && pwd)/release/isolint"

mkdir -p "$BENCH_DIR"
largest=0
for n in ${SIZES//,/ }; do
  [ -d "$BENCH_DIR/realistic-$n" ] || python3 bench/gen.py "$BENCH_DIR/realistic-$n" --files "$n" --seed 42
  [ "$n" -gt "$largest" ] && largest=$n
done
dense=$(( largest < 5000 ? largest : 5000 ))
[ -d "$BENCH_DIR/dense-$dense" ] || python3 bench/gen.py "$BENCH_DIR/dense-$dense" --files "$dense" --seed 7 --dense

python3 -u bench/measure.py --isolint "$ISOLINT" --work "$BENCH_DIR" --reps "$REPS" --sizes "$SIZES"
