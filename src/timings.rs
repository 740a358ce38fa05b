//! `isolint check --timings`: where a run's CPU time goes, per phase of a
//! file's analysis, summed over every file and thread, printed on stderr.
//!
//! Why: the dense-corpus benchmark target (a check costs at most 1.2 × a
//! parse-only pass) is decided by the few hundred microseconds a file
//! spends outside the parser, and whole-run CPU time moves by ±30% between
//! runs on a shared machine, too much to attribute them. Phase totals taken
//! inside one run move much less (one phase against another, in the same
//! run), so the split between parsing and everything else can be read off (see bench/README.md).
//!
//! Off by default: a phase then costs one relaxed atomic load, and no
//! clock is read.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Instant;

/// A phase of one file's check, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Reading the file (and hashing it for the cache).
    Read,
    /// Screening the bytes for rule triggers.
    Prefilter,
    /// Decoding to UTF-8 and scanning for suppression comments.
    Decode,
    /// tree-sitter's parse.
    Parse,
    /// Line index, syntax-error and nesting checks on the tree.
    TreeChecks,
    /// Building the model: facts, scopes, framework.
    Model,
    /// One rule's `check` (index into `rules::all()`), lazily built model
    /// parts it is the first to ask for included.
    Rule(usize),
    /// Dropping findings in dead code and resolving overlaps.
    Filter,
    /// Freeing the model and the tree.
    Drop,
}

const FIXED: usize = 8;
const MAX_RULES: usize = 16;

static ENABLED: AtomicBool = AtomicBool::new(false);
static TOTALS: [AtomicU64; FIXED + MAX_RULES] = [const { AtomicU64::new(0) }; FIXED + MAX_RULES];
static FILES: AtomicU64 = AtomicU64::new(0);

impl Phase {
    fn slot(self) -> usize {
        match self {
            Phase::Read => 0,
            Phase::Prefilter => 1,
            Phase::Decode => 2,
            Phase::Parse => 3,
            Phase::TreeChecks => 4,
            Phase::Model => 5,
            Phase::Filter => 6,
            Phase::Drop => 7,
            Phase::Rule(i) => FIXED + i.min(MAX_RULES - 1),
        }
    }
}

/// CPU time the calling thread has used, in nanoseconds (Linux); elsewhere
/// a monotonic clock, which counts time the thread was descheduled too.
pub fn thread_cpu_ns() -> u64 {
    #[cfg(target_os = "linux")]
    {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a valid, writable timespec for the call.
        if unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0 {
            let secs = u64::try_from(ts.tv_sec).unwrap_or(0);
            let nanos = u64::try_from(ts.tv_nsec).unwrap_or(0);
            return secs.saturating_mul(1_000_000_000).saturating_add(nanos);
        }
    }
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    let start = *START.get_or_init(Instant::now);
    u64::try_from(start.elapsed().as_nanos()).unwrap_or(u64::MAX)
}

/// Turns timing on for the rest of the process.
pub fn enable() {
    ENABLED.store(true, Ordering::Relaxed);
}

pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Adds the time until the returned guard drops to `phase`'s total.
#[must_use]
pub fn time(phase: Phase) -> Option<Timer> {
    enabled().then(|| Timer {
        phase,
        start: Instant::now(),
    })
}

/// Counts one file that reached the parser.
pub fn count_parsed_file() {
    if enabled() {
        FILES.fetch_add(1, Ordering::Relaxed);
    }
}

pub struct Timer {
    phase: Phase,
    start: Instant,
}

impl Drop for Timer {
    fn drop(&mut self) {
        let ns = u64::try_from(self.start.elapsed().as_nanos()).unwrap_or(u64::MAX);
        TOTALS[self.phase.slot()].fetch_add(ns, Ordering::Relaxed);
    }
}

/// The table `--timings` prints: one line per phase that took any time.
pub fn report(files_checked: usize) -> String {
    let rules = crate::rules::all();
    let mut rows: Vec<(String, u64)> = [
        "read",
        "prefilter",
        "decode + suppressions",
        "parse",
        "tree checks",
        "model",
        "filters",
        "free model + tree",
    ]
    .iter()
    .enumerate()
    .map(|(i, name)| (name.to_string(), TOTALS[i].load(Ordering::Relaxed)))
    .collect();
    // Rules after the model, in run order.
    let filters = rows.split_off(6);
    rows.extend(rules.iter().enumerate().take(MAX_RULES).map(|(i, r)| {
        (
            format!("rule {}", r.id()),
            TOTALS[FIXED + i].load(Ordering::Relaxed),
        )
    }));
    rows.extend(filters);
    let total: u64 = rows.iter().map(|(_, ns)| ns).sum();
    let parsed = FILES.load(Ordering::Relaxed);
    let parse = rows.get(3).map_or(0, |(_, ns)| *ns);
    let mut out = format!(
        "timings: CPU time per phase, summed over threads; {files_checked} files checked, {parsed} parsed\n  {:<30} {:>10} {:>8}\n",
        "phase", "ms", "share"
    );
    for (name, ns) in rows.iter().filter(|(_, ns)| *ns > 0) {
        out.push_str(&format!(
            "  {:<30} {:>10.1} {:>7.1}%\n",
            name,
            *ns as f64 / 1e6,
            100.0 * *ns as f64 / total.max(1) as f64
        ));
    }
    out.push_str(&format!(
        "  {:<30} {:>10.1}\n  {}\n",
        "all phases",
        total as f64 / 1e6,
        outside_the_parser(total, parse)
    ));
    out
}

/// The last line of the table: what the phases outside the parser add to
/// it. A run that parsed nothing (a warm run, or one whose files the
/// prefilter all turned away) has no parse to compare with.
fn outside_the_parser(total_ns: u64, parse_ns: u64) -> String {
    if parse_ns == 0 {
        return "outside the parser: no file was parsed (cached or turned away by the prefilter)"
            .to_string();
    }
    format!(
        "outside the parser: {:.1}% of the parse",
        100.0 * total_ns.saturating_sub(parse_ns) as f64 / parse_ns as f64
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_share_outside_the_parser_needs_a_parse() {
        assert_eq!(
            outside_the_parser(1_500, 1_000),
            "outside the parser: 50.0% of the parse"
        );
        assert!(outside_the_parser(85_200_000, 0).contains("no file was parsed"));
    }

    #[test]
    fn phases_accumulate_only_when_enabled_and_are_reported() {
        enable();
        {
            let _t = time(Phase::Parse);
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        {
            let _t = time(Phase::Rule(0));
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        count_parsed_file();
        let table = report(1);
        let parse_line = table
            .lines()
            .find(|l| l.trim_start().starts_with("parse "))
            .expect("a parse row");
        let ms: f64 = parse_line
            .split_whitespace()
            .nth(1)
            .and_then(|v| v.parse().ok())
            .expect("a number of ms");
        assert!(ms >= 2.0, "{table}");
        let first_rule = crate::rules::all()[0].id();
        assert!(table.contains(&format!("rule {first_rule}")), "{table}");
        assert!(table.contains("outside the parser"), "{table}");
    }
}
