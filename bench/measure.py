#!/usr/bin/env python3
"""Times isolint on generated corpora; called by bench/run.sh.

Every number is the best of --reps runs, and every ratio compares two
measurements taken in the same invocation, so they survive a noisy, shared
machine better than absolute times do. Peak RSS comes from wait4(2) on each
child (the kernel's ru_maxrss), so it needs no external tool.
"""

import argparse
import os
import shutil
import subprocess
import sys
import statistics
import time


def run(cmd, cwd):
    """Runs cmd, returns (seconds, peak RSS in MB, exit code)."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    elapsed = time.perf_counter() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode not in (0, 1):
        sys.exit(f"command failed ({p.returncode}): {' '.join(cmd)}")
    return elapsed, usage.ru_maxrss / 1024.0, usage.ru_utime + usage.ru_stime


def best(fn, reps):
    """(best wall s, peak RSS MB, best CPU s). On a shared machine CPU time
    (user+sys) is the steadier measure; wall time is printed too."""
    results = [fn() for _ in range(reps)]
    return min(r[0] for r in results), max(r[1] for r in results), min(r[2] for r in results)


def interleaved(fns, reps):
    """best() of each of fns, running them in turns: fn1, fn2, ..., fn1, ...;
    and every run, per fn, for paired ratios."""
    results = [[] for _ in fns]
    for _ in range(reps):
        for i, fn in enumerate(fns):
            results[i].append(fn())
    bests = [(min(r[0] for r in rs), max(r[1] for r in rs), min(r[2] for r in rs)) for rs in results]
    return bests, results


def paired(runs, refs):
    """CPU-time ratios of runs taken back to back (rep i of one against rep
    i of the other): (median, lowest, highest). A ratio of two bests can
    pair a lucky run of one command with an unlucky run of the other; the
    median of paired ratios is steadier on a shared machine."""
    ratios = sorted(r[2] / max(ref[2], 1e-9) for r, ref in zip(runs, refs))
    return statistics.median(ratios), ratios[0], ratios[-1]


def corpus_size(root):
    files = size = 0
    for d, dirs, names in os.walk(root):
        dirs[:] = [x for x in dirs if not x.startswith(".")]
        for n in names:
            if n.endswith((".js", ".ts", ".tsx", ".py")):
                files += 1
                size += os.path.getsize(os.path.join(d, n))
    return files, size


def measure(isolint, root, reps, label):
    cache = os.path.join(root, ".isolint_cache")
    files, size = corpus_size(root)

    def cold():
        shutil.rmtree(cache, ignore_errors=True)
        return run([isolint, "check", "--format", "concise", "."], root)

    # (a), the walk floor and (b) are taken in turns, so that a slow spell
    # of the shared machine hits all three alike.
    (parse, floor, cold_t), (parse_runs, floor_runs, cold_runs) = interleaved(
        [
            lambda: run([isolint, "debug", "parse-only", "."], root),
            lambda: run([isolint, "debug", "parse-only", "--walk", "."], root),
            cold,
        ],
        reps,
    )
    extra = os.environ.get("EXTRA", "1") != "0"
    nocache = extra and best(lambda: run([isolint, "check", "--no-cache", "--format", "concise", "."], root), reps)
    noprefilter = extra and best(
        lambda: run([isolint, "check", "--no-cache", "--no-prefilter", "--format", "concise", "."], root),
        reps,
    )
    run([isolint, "check", "--format", "concise", "."], root)  # prime the cache
    warm = best(lambda: run([isolint, "check", "--format", "concise", "."], root), reps)

    victims = []
    for d, dirs, names in os.walk(root):
        dirs[:] = [x for x in dirs if not x.startswith(".")]
        victims += [os.path.join(d, n) for n in names if n.endswith((".ts", ".py"))]
        if len(victims) > reps:
            break

    counter = iter(range(1000))

    def one_changed():
        path = victims[next(counter) % len(victims)]
        with open(path, "a") as f:
            f.write("\n// changed\n" if not path.endswith(".py") else "\n# changed\n")
        return run([isolint, "check", "--format", "concise", "."], root)

    changed = best(one_changed, reps)
    b, bc = cold_t[0], cold_t[2]
    print(f"\n== {label}: {files} files, {size / 1e6:.1f} MB ==  (wall s | cpu s | ratio wall | ratio cpu)")

    def row(name, m, ref, rname):
        ratio = f"{rname} = {m[0] / ref[0]:.3f} | {m[2] / max(ref[2], 1e-9):.3f}" if ref else ""
        print(f"  {name:22s} {m[0]:7.2f} | {m[2]:7.2f}   rss {m[1]:6.0f} MB   {ratio}")

    row("(a) parse-only", parse, None, "")
    row("    + one tree walk", floor, parse, "/a")
    row("(b) check, cold", cold_t, parse, "b/a")
    for name, runs in (("floor/a", floor_runs), ("b/a", cold_runs)):
        med, lo, hi = paired(runs, parse_runs)
        print(f"      paired cpu {name:8s} median {med:.3f} (runs {lo:.3f}-{hi:.3f})")
    if extra:
        row("    check --no-cache", nocache, parse, "/a")
        row("    --no-prefilter", noprefilter, parse, "/a")
    row("(c) check, warm", warm, cold_t, "c/b")
    row("(d) one file changed", changed, cold_t, "d/b")
    print(f"  cold throughput        {files / b:7.0f} files/s wall ({files / bc:.0f} per cpu-s)   {size / 1e6 / b:.1f} MB/s wall")
    return {"files": files, "a": parse[0], "b": b, "bc": bc, "ac": parse[2], "c": warm[0], "d": changed[0], "rss": cold_t[1]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--isolint", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--sizes", default="5000,10000,20000")
    args = ap.parse_args()
    print(f"isolint {args.isolint}, {os.cpu_count()} cpus, best of {args.reps}")
    scaling = []
    for n in [int(x) for x in args.sizes.split(",")]:
        scaling.append(measure(args.isolint, os.path.join(args.work, f"realistic-{n}"), args.reps, f"realistic {n}"))
    largest = max(int(x) for x in args.sizes.split(","))
    dense_n = min(largest, 5000)
    dense = os.path.join(args.work, f"dense-{dense_n}")
    measure(args.isolint, dense, args.reps, f"dense {dense_n}")
    # The same ratio taken file by file inside one process (see
    # `run::paired_timing`): each file parsed as parse-only does it and
    # checked as a cold check does it, back to back on one thread, so a slow
    # spell of the shared machine slows both sides of every pair alike.
    out = subprocess.run(
        [args.isolint, "debug", "paired", "--rounds", str(max(args.reps, 3)), "."],
        cwd=dense, capture_output=True, text=True,
    ).stdout.strip().splitlines()
    print(f"\n== dense {dense_n}, per file, interleaved in one process ==")
    for line in out[1:]:
        print(f"  {line}")
    print("\n== scaling (realistic, cold check) ==")
    base = scaling[0]
    for s in scaling:
        print(
            f"  {s['files']:6d} files  b {s['b']:6.2f} s wall, {s['bc']:6.2f} s cpu  "
            f"cpu per file {s['bc'] / s['files'] * 1e6:6.0f} us  "
            f"(x{s['bc'] / base['bc']:.2f} cpu for x{s['files'] / base['files']:.2f} files)  rss {s['rss']:.0f} MB"
        )


if __name__ == "__main__":
    main()
