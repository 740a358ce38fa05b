#!/usr/bin/env bash
# Deterministic companion to bench/run.sh: counts the instructions (callgrind,
# one thread) that `check` and `debug parse-only` execute on a sample of the
# dense corpus, and prints their ratio. CPU time on a shared machine moves by
# ±10% from run to run; instruction counts move by a few in 10,000, so this is
# the number to compare before and after a change. It does not see what CPU
# time also pays for (branch mispredictions, cache misses): bench/run.sh does.
#
#   bench/instructions.sh            # every 5th dense file (1,000 files)
#   EVERY=17 bench/instructions.sh   # a smaller sample (~300 files), faster
#
# Needs cargo, python3 and valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_DIR="${BENCH_DIR:-/tmp/isolint-bench}"
EVERY="${EVERY:-5}"
TARGET="${CARGO_TARGET_DIR:-target}"

command -v valgrind >/dev/null || { echo "bench/instructions.sh: needs valgrind (apt-get install valgrind)" >&2; exit 2; }
cargo build --release --quiet
ISOLINT="$(cd "$TARGET" && pwd)/release/isolint"

dense="$BENCH_DIR/dense-5000"
[ -d "$dense" ] || python3 bench/gen.py "$dense" --files 5000 --seed 7 --dense
sample="$BENCH_DIR/dense-every-$EVERY"
if [ ! -d "$sample" ]; then
  # Every EVERY-th file in sorted path order, at the same relative path.
  python3 - "$dense" "$sample" "$EVERY" <<'EOF'
import os, shutil, sys
src, dst, every = sys.argv[1], sys.argv[2], int(sys.argv[3])
files = sorted(
    os.path.relpath(os.path.join(d, n), src)
    for d, dirs, names in os.walk(src)
    for n in names
    if n.endswith((".js", ".ts", ".tsx", ".py")) and ".isolint_cache" not in d
)
for rel in files[::every]:
    os.makedirs(os.path.dirname(os.path.join(dst, rel)), exist_ok=True)
    shutil.copyfile(os.path.join(src, rel), os.path.join(dst, rel))
EOF
fi

count() {
  # `check` exits 1 when it finds something: that is not a failure here.
  { RAYON_NUM_THREADS=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$ISOLINT" "$@" "$sample" 2>&1 >/dev/null || true; } \
    | sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}
files=$(find "$sample" -type f \( -name '*.js' -o -name '*.ts' -o -name '*.tsx' -o -name '*.py' \) | wc -l)
parse=$(count debug parse-only)
check=$(count check --no-cache --format concise)
python3 - "$files" "$parse" "$check" <<'EOF'
import sys
files, parse, check = map(int, sys.argv[1:])
print(f"dense sample: {files} files (callgrind, 1 thread)")
print(f"  parse-only  {parse / 1e9:7.3f} G instructions")
print(f"  check       {check / 1e9:7.3f} G instructions")
print(f"  check / parse-only = {check / parse:.3f}")
EOF
