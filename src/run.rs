//! The `check` command: the whole pipeline for one invocation.
//!
//! discover (config-aware) → per file: its nearest config picks rules,
//! severity and isolation knowledge → analyse in parallel → (explicit files
//! only: analyse the rest of the project as context) → cross-file links →
//! suppressions → baseline → report.

use crate::baseline::{self, Baseline};
use crate::cache::{check_input, Cache};
use crate::cli::CheckArgs;
use crate::config::{self, absolute, Config, Overrides, Resolver};
use crate::discover::{discover, Discovery, PathSelector};
use crate::engine::{analyze_source, FileInput, FileOutcome, Notice, Settings};
use crate::finding::{Applicability, Finding, Severity};
use crate::fix::{self, FixMode};
use crate::lang::Lang;
use crate::model::FileRole;
use crate::prefilter::Prefilter;
use crate::report::{self, Format, Report};
use crate::rules;
use crate::runner_config::RunnerConfig;
use crate::suppress::{self, FileSuppressions};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// Process exit codes.
pub const EXIT_CLEAN: i32 = 0;
pub const EXIT_FINDINGS: i32 = 1;
pub const EXIT_ERROR: i32 = 2;

fn error(message: impl std::fmt::Display) -> i32 {
    eprintln!("isolint: error: {message}");
    EXIT_ERROR
}

/// Walk-time selection from the nearest config (`include`/`exclude`).
#[derive(Debug)]
struct ConfigSelector(Arc<Resolver>);

impl PathSelector for ConfigSelector {
    fn excluded(&self, path: &Path) -> bool {
        let abs = absolute(path);
        // The directory holding the path decides, so a config cannot exclude
        // its own directory by accident.
        self.0.for_path(&abs, false).excludes(&abs)
    }
    fn is_test(&self, path: &Path) -> Option<bool> {
        let abs = absolute(path);
        self.0.for_path(&abs, false).is_test(&abs)
    }
    fn select_file(&self, path: &Path) -> Option<Option<bool>> {
        let abs = absolute(path);
        let config = self.0.for_path(&abs, false);
        if config.excludes(&abs) {
            None
        } else {
            Some(config.is_test(&abs))
        }
    }
}

/// Settings for one file from its config.
fn settings_for(config: &Config, abs: &Path, cli: &Overrides, runner: &RunnerConfig) -> Settings {
    let ids = config.rules_for(abs, cli);
    let mut project = runner.project_for(abs);
    project.extras = config.extras.clone();
    Settings {
        rules: ids.iter().filter_map(|id| rules::by_id(id)).collect(),
        isolation: config.isolation.clone(),
        project,
    }
}

fn apply_severity(findings: &mut [Finding], config: &Config) {
    for f in findings {
        if let Some(s) = config.severity_of(f.rule) {
            f.severity = s;
        }
    }
}

/// One analysed file, with what later stages need.
struct Checked {
    outcome: FileOutcome,
    /// Analysed only so cross-file rules see the whole project; its own
    /// findings are not reported.
    context: bool,
}

pub fn check(args: &CheckArgs) -> i32 {
    if args.timings {
        crate::timings::enable();
    }
    let overrides = match cli_overrides(args) {
        Ok(o) => o,
        Err(e) => return error(e),
    };
    let resolver = match Resolver::new(args.config.as_deref()) {
        Ok(r) => Arc::new(r),
        Err(e) => return error(e),
    };
    let baseline = match &args.baseline {
        Some(file) => match Baseline::load(file) {
            Ok(b) => Some(b),
            Err(e) => return error(e),
        },
        None => None,
    };
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    // Runner configs (jest/vitest/playwright/pytest) under the checked
    // paths, or around the path an editor's buffer stands for.
    let config_roots = match &args.stdin_filename {
        Some(name) => vec![name
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."))],
        None => paths.clone(),
    };
    // The cache file is read and parsed while the runner configs are read
    // and the tree is walked: neither needs the other, and on a warm run
    // parsing the cache was a quarter of the main thread's time. Not for a
    // run that ends in a usage error (a missing path): it writes no cache.
    let cache = (!args.no_cache
        && args.stdin_filename.is_none()
        && paths.iter().all(|p| p.exists()))
    .then(|| {
        let (paths, prefilter_on) = (paths.clone(), !args.no_prefilter);
        std::thread::spawn(move || Cache::open(&paths, prefilter_on))
    });
    let runner_config = crate::runner_config::RunnerConfig::load(&config_roots);

    let mut notices: Vec<Notice> = Vec::new();
    let mut checked: Vec<Checked> = Vec::new();
    let files_checked;
    // With `--fix`: how many fixes were applied, in how many files.
    let mut fixed: Option<(usize, usize)> = None;
    if let Some(name) = &args.stdin_filename {
        match check_stdin(
            name,
            args.force_exclude,
            &resolver,
            &overrides,
            &runner_config,
        ) {
            Ok(Some(c)) => checked.push(c),
            Ok(None) => {}
            Err(e) => return error(e),
        }
        files_checked = checked.len();
    } else {
        let discovery = Discovery {
            selector: Some(Arc::new(ConfigSelector(resolver.clone()))),
            force_exclude: args.force_exclude,
            ..runner_config.discovery()
        };
        let discovered = match discover(&paths, &discovery) {
            Ok(d) => d,
            Err(e) => return error(e),
        };
        notices.extend(discovered.notices);
        files_checked = discovered.files.len();
        // The prefilter covers every rule (a superset of any file's enabled
        // rules, so it stays sound whatever a nearest config selects).
        let pipeline = Pipeline {
            prefilter: Prefilter::new(rules::all(), !args.no_prefilter),
            // A cache that failed to load (its thread panicked) is no cache.
            cache: cache.and_then(|opening| opening.join().ok().flatten()),
        };
        let fixing = args.fix.then(|| Fixing {
            mode: FixMode {
                unsafe_fixes: args.unsafe_fixes,
            },
            baseline: baseline.as_ref(),
            fixes: AtomicUsize::new(0),
            files: AtomicUsize::new(0),
        });
        let primary = analyse(
            &discovered.files,
            &resolver,
            &overrides,
            &runner_config,
            &pipeline,
            fixing.as_ref(),
        );
        if let Some(f) = &fixing {
            fixed = Some((
                f.fixes.load(Ordering::Relaxed),
                f.files.load(Ordering::Relaxed),
            ));
        }
        if let Some(e) = resolver.take_errors().into_iter().next() {
            return error(e);
        }
        checked.extend(primary.into_iter().map(|outcome| Checked {
            outcome,
            context: false,
        }));
        // Explicit files (pre-commit passes only the staged ones): when one
        // of them has a finding that other files can share, analyse the rest
        // of its project so collisions with unstaged files are reported.
        let explicit: Vec<&PathBuf> = paths.iter().filter(|p| p.is_file()).collect();
        let needs_context = !explicit.is_empty()
            && checked
                .iter()
                .any(|c| c.outcome.findings.iter().any(|f| f.cross_file.is_some()));
        if needs_context {
            let extra = context_files(&explicit, &checked, &discovery);
            let outcomes = analyse(
                &extra,
                &resolver,
                &overrides,
                &runner_config,
                &pipeline,
                None,
            );
            if let Some(e) = resolver.take_errors().into_iter().next() {
                return error(e);
            }
            checked.extend(outcomes.into_iter().map(|outcome| Checked {
                outcome,
                context: true,
            }));
        }
        if let Some(cache) = pipeline.cache {
            cache.save();
        }
    }

    if crate::timings::enabled() {
        eprint!("{}", crate::timings::report(files_checked));
    }

    // Cross-file links over everything analysed, then drop context files.
    let mut all: Vec<(Finding, bool)> = Vec::new();
    let mut suppressions: HashMap<Arc<PathBuf>, FileSuppressions> = HashMap::new();
    let mut reported_files: Vec<PathBuf> = Vec::new();
    for c in checked {
        let FileOutcome {
            path,
            findings,
            notices: file_notices,
            suppressions: supp,
        } = c.outcome;
        if c.context {
            all.extend(findings.into_iter().map(|f| (f, true)));
            continue;
        }
        notices.extend(file_notices);
        for (line, message) in &supp.warnings {
            notices.push(Notice {
                path: path.to_string_lossy().into_owned(),
                message: message.clone(),
                line: Some(*line),
            });
        }
        reported_files.push(path.to_path_buf());
        all.extend(findings.into_iter().map(|f| (f, false)));
        if !supp.items.is_empty() {
            suppressions.insert(path, supp);
        }
    }
    let (mut findings, context_flags): (Vec<Finding>, Vec<bool>) = all.into_iter().unzip();
    crate::crossfile::link(&mut findings);
    let mut findings: Vec<Finding> = findings
        .into_iter()
        .zip(context_flags)
        .filter(|(_, context)| !context)
        .map(|(f, _)| f)
        .collect();

    findings.retain(|f| {
        suppressions
            .get_mut(&f.location.path)
            .is_none_or(|s| !s.suppresses(f))
    });

    let mut unused: Vec<String> = Vec::new();
    if args.report_unused_suppressions {
        let mut files: Vec<_> = suppressions.iter().collect();
        files.sort_by(|a, b| a.0.cmp(b.0));
        for (path, s) in files {
            for (line, rule) in s.unused() {
                unused.push(format!(
                    "{}:{line}: unused suppression of `{rule}` (nothing to suppress); remove it",
                    path.display()
                ));
            }
        }
    }

    if let Some(file) = &args.write_baseline {
        return match baseline::write(file, &findings) {
            Ok(n) => {
                print_notices(&notices);
                if !args.quiet {
                    eprintln!(
                        "isolint: wrote {n} finding{} to baseline `{}`",
                        if n == 1 { "" } else { "s" },
                        file.display()
                    );
                }
                EXIT_CLEAN
            }
            Err(e) => error(e),
        };
    }

    let mut baseline_note = None;
    if let Some(b) = &baseline {
        let filtered = b.filter(findings, &reported_files);
        findings = filtered.kept;
        if !filtered.stale.is_empty() {
            let n = filtered.stale.len();
            let shown = args.baseline.as_deref().unwrap_or(Path::new("")).display();
            baseline_note = Some(format!(
                "isolint: note: {n} baseline entr{} no longer occur{}; shrink the baseline with `isolint check --write-baseline {shown}`",
                if n == 1 { "y" } else { "ies" },
                if n == 1 { "s" } else { "" },
            ));
        }
    }

    print_notices(&notices);
    for u in &unused {
        eprintln!("isolint: warning: {u}");
    }
    if let (Some(note), false) = (&baseline_note, args.quiet) {
        eprintln!("{note}");
    }
    // What fixes are on offer is for people (the human format); what
    // `--fix` did is said whatever the format.
    if !args.quiet && (fixed.is_some() || args.format == Format::Human) {
        let offered = if args.format == Format::Human {
            &findings[..]
        } else {
            &[]
        };
        if let Some(note) = fix_note(offered, fixed, args.unsafe_fixes) {
            eprintln!("{note}");
        }
    }

    let report = Report {
        findings: &findings,
        notices: &notices,
        files_checked,
    };
    if let Err(code) = emit(args, &report) {
        return code;
    }

    let failing = findings.iter().any(|f| f.severity >= Severity::Warning) || !unused.is_empty();
    if failing && !args.exit_zero {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}

fn print_notices(notices: &[Notice]) {
    for n in notices {
        match n.line {
            Some(line) => eprintln!("isolint: warning: {}:{line}: {}", n.path, n.message),
            None => eprintln!("isolint: warning: {}: {}", n.path, n.message),
        }
    }
}

/// Writes the report (to `--output` or stdout), statistics and summary.
fn emit(args: &CheckArgs, report: &Report) -> Result<(), i32> {
    let mut rendered: Vec<u8> = Vec::new();
    let to_file = args.output.is_some();
    let color = !to_file
        && (std::io::stdout().is_terminal() || colour_forced())
        && std::env::var_os("NO_COLOR").is_none();
    if let Err(e) = report::write(args.format, report, &mut rendered, color) {
        return Err(error(format!("cannot render the report: {e}")));
    }
    let summary = report.summary_line();
    // The human format ends with the summary line; `--quiet` drops it.
    if args.quiet && args.format == Format::Human {
        let text = String::from_utf8_lossy(&rendered);
        if let Some(stripped) = text.strip_suffix(&format!("{summary}\n")) {
            rendered = stripped.as_bytes().to_vec();
        }
    }
    let mut stdout_text: Vec<u8> = Vec::new();
    if let Some(file) = &args.output {
        if let Err(e) = std::fs::write(file, &rendered) {
            return Err(error(format!(
                "cannot write --output `{}`: {e}; check that its directory exists and is writable",
                file.display()
            )));
        }
    } else if !args.statistics {
        stdout_text = rendered;
    }
    if args.statistics {
        stdout_text.extend(statistics(report.findings).into_bytes());
    }
    // Where the report went elsewhere (or was replaced by statistics), the
    // summary line still says how the run went.
    if !args.quiet && (to_file || args.statistics) {
        stdout_text.extend(format!("{summary}\n").into_bytes());
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if let Err(e) = out.write_all(&stdout_text).and_then(|_| out.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(error(format!("cannot write output: {e}")));
        }
    }
    Ok(())
}

/// `count  rule-id`, most frequent first.
fn statistics(findings: &[Finding]) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for f in findings {
        *counts.entry(f.rule).or_insert(0) += 1;
    }
    let mut rows: Vec<(&str, usize)> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut out = String::new();
    for (rule, n) in rows {
        out.push_str(&format!("{n:>5}  {rule}\n"));
    }
    out
}

fn cli_overrides(args: &CheckArgs) -> Result<Overrides, String> {
    let select = if args.select.is_empty() {
        None
    } else {
        Some(config::parse_cli_rules(&args.select, "--select")?)
    };
    let ignore = config::parse_cli_rules(&args.ignore, "--ignore")?;
    Ok(Overrides { select, ignore })
}

/// `--fix`: what it applies, and what it did.
struct Fixing<'a> {
    mode: FixMode,
    baseline: Option<&'a Baseline>,
    fixes: AtomicUsize,
    files: AtomicUsize,
}

/// What `--fix` did, and what fixes the reported findings still offer.
fn fix_note(
    findings: &[Finding],
    fixed: Option<(usize, usize)>,
    unsafe_fixes: bool,
) -> Option<String> {
    let offered = |a: Applicability| {
        findings
            .iter()
            .filter(|f| f.fix.as_ref().is_some_and(|x| x.applicability == a))
            .count()
    };
    let (safe, unsafe_) = (offered(Applicability::Safe), offered(Applicability::Unsafe));
    let mut parts = Vec::new();
    if let Some((n, files)) = fixed {
        parts.push(format!(
            "fixed {n} finding{} in {files} file{}",
            plural(n),
            plural(files)
        ));
    }
    let hidden = if unsafe_fixes { 0 } else { unsafe_ };
    let available = if unsafe_fixes { safe + unsafe_ } else { safe };
    if available > 0 {
        parts.push(if fixed.is_some() {
            // `--fix` ran and left these: their files were not rewritten
            // (a warning above says why).
            format!("{available} fixable finding{} not fixed", plural(available))
        } else {
            format!(
                "{available} finding{} fixable with `--fix{}`",
                plural(available),
                if unsafe_fixes { " --unsafe-fixes" } else { "" }
            )
        });
    }
    if hidden > 0 {
        parts.push(if available > 0 || fixed.is_some() {
            format!("{hidden} more fixable with `--fix --unsafe-fixes`")
        } else {
            format!(
                "{hidden} finding{} fixable with `--fix --unsafe-fixes`",
                plural(hidden)
            )
        });
    }
    (!parts.is_empty()).then(|| format!("isolint: {}", parts.join("; ")))
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// What every file goes through before analysis: the trigger prefilter
/// (built once per run) and the results cache.
struct Pipeline {
    prefilter: Prefilter,
    cache: Option<Cache>,
}

/// Each file's absolute path and nearest config, resolved sequentially
/// (the resolver caches per directory).
fn resolve_configs(files: &[FileInput], resolver: &Resolver) -> (Vec<PathBuf>, Vec<Arc<Config>>) {
    let absolutes: Vec<PathBuf> = files.iter().map(|f| absolute(&f.path)).collect();
    let configs = absolutes
        .iter()
        .map(|abs| resolver.for_path(abs, false))
        .collect();
    (absolutes, configs)
}

/// Analyses files in parallel, each with the settings of its config,
/// through the prefilter and the cache.
fn analyse(
    files: &[FileInput],
    resolver: &Resolver,
    overrides: &Overrides,
    runner: &RunnerConfig,
    pipeline: &Pipeline,
    fixing: Option<&Fixing>,
) -> Vec<FileOutcome> {
    let (absolutes, configs) = resolve_configs(files, resolver);
    files
        .par_iter()
        .zip(absolutes.par_iter())
        .zip(configs.par_iter())
        .map(|((input, abs), config)| {
            let settings = settings_for(config, abs, overrides, runner);
            let mut outcome = check_input(
                input,
                settings,
                |src, s| runner.add_source_facts(abs, src, &mut s.project),
                &pipeline.prefilter,
                pipeline.cache.as_ref(),
            );
            if let Some(fixing) = fixing {
                let fixable = outcome
                    .findings
                    .iter()
                    .any(|f| f.fix.as_ref().is_some_and(|x| fixing.mode.applies(x)));
                if fixable {
                    let settings = |bytes: &[u8]| {
                        let mut s = settings_for(config, abs, overrides, runner);
                        runner.add_source_facts(abs, bytes, &mut s.project);
                        s
                    };
                    let fixed =
                        fix::fix_file(input, outcome, &settings, fixing.mode, fixing.baseline);
                    if fixed.applied > 0 {
                        fixing.fixes.fetch_add(fixed.applied, Ordering::Relaxed);
                        fixing.files.fetch_add(1, Ordering::Relaxed);
                    }
                    outcome = fixed.outcome;
                }
            }
            apply_severity(&mut outcome.findings, config);
            outcome
        })
        .collect()
}

/// `isolint debug paired PATHS`: the dense benchmark's ratio (a cold
/// check against a parse-only pass) measured file by file inside one
/// process, so that both sides see the same machine.
///
/// Why: on a shared host the CPU time of one whole run moves by ±25% from
/// one run to the next, more than the 20% the target allows, so two runs
/// compared with each other decide little. Here every file is done twice in
/// a row on the same thread, once as `debug parse-only` does it (read,
/// decode, parse, drop) and once as `check --no-cache` does (read,
/// prefilter, parse, model, rules, drop; its configs resolved as `check`
/// resolves them), in alternating order, each timed with the thread's CPU
/// clock. A slow spell then slows both sides of a pair alike. What this
/// leaves out is per-run work: discovery, config loading and reporting,
/// which the whole-run bench rows include (`check` spends about 20 ms more
/// on them than parse-only, under 1% of a dense 5k run).
pub fn paired_timing(paths: &[PathBuf], rounds: usize) -> i32 {
    use std::sync::atomic::{AtomicU64, Ordering};
    let paths = if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths.to_vec()
    };
    let resolver = match Resolver::new(None) {
        Ok(r) => Arc::new(r),
        Err(e) => return error(e),
    };
    let runner = RunnerConfig::load(&paths);
    let discovery = Discovery {
        selector: Some(Arc::new(ConfigSelector(resolver.clone()))),
        ..runner.discovery()
    };
    let files = match discover(&paths, &discovery) {
        Ok(d) => d.files,
        Err(e) => return error(e),
    };
    let overrides = Overrides::default();
    let (absolutes, configs) = resolve_configs(&files, &resolver);
    let prefilter = Prefilter::new(rules::all(), true);
    let mut ratios = Vec::new();
    println!("{} files, {rounds} rounds", files.len());
    for round in 0..rounds.max(1) {
        let parse_ns = AtomicU64::new(0);
        let check_ns = AtomicU64::new(0);
        (0..files.len()).into_par_iter().for_each(|i| {
            let parse_only = || {
                let start = crate::timings::thread_cpu_ns();
                drop(std::hint::black_box(crate::debug::parse_one(&files[i])));
                let spent = crate::timings::thread_cpu_ns().saturating_sub(start);
                parse_ns.fetch_add(spent, Ordering::Relaxed);
            };
            let check = || {
                let start = crate::timings::thread_cpu_ns();
                let settings = settings_for(&configs[i], &absolutes[i], &overrides, &runner);
                let outcome = check_input(
                    &files[i],
                    settings,
                    |src, s| runner.add_source_facts(&absolutes[i], src, &mut s.project),
                    &prefilter,
                    None,
                );
                drop(std::hint::black_box(outcome));
                let spent = crate::timings::thread_cpu_ns().saturating_sub(start);
                check_ns.fetch_add(spent, Ordering::Relaxed);
            };
            if (i + round) % 2 == 0 {
                parse_only();
                check();
            } else {
                check();
                parse_only();
            }
        });
        let (a, b) = (
            parse_ns.load(Ordering::Relaxed) as f64 / 1e6,
            check_ns.load(Ordering::Relaxed) as f64 / 1e6,
        );
        let ratio = b / a.max(1e-9);
        ratios.push(ratio);
        println!(
            "round {}: parse-only {a:.3} ms, check {b:.3} ms CPU, b/a {ratio:.3}",
            round + 1
        );
    }
    ratios.sort_by(f64::total_cmp);
    let median = ratios[ratios.len() / 2];
    println!(
        "b/a per file, interleaved: median {median:.3} (rounds {:.3}-{:.3})",
        ratios[0],
        ratios[ratios.len() - 1]
    );
    EXIT_CLEAN
}

/// The other test files of the projects the explicit files belong to.
fn context_files(
    explicit: &[&PathBuf],
    checked: &[Checked],
    discovery: &Discovery,
) -> Vec<FileInput> {
    let mut roots: Vec<PathBuf> = explicit
        .iter()
        .filter_map(|p| crate::project::root_of(&absolute(p)))
        .collect();
    roots.sort();
    roots.dedup();
    // A root nested in another root is covered by the outer walk.
    let outer: Vec<PathBuf> = roots
        .iter()
        .filter(|r| !roots.iter().any(|o| o != *r && r.starts_with(o)))
        .cloned()
        .collect();
    let already: HashSet<PathBuf> = checked.iter().map(|c| absolute(&c.outcome.path)).collect();
    let Ok(found) = discover(&outer, discovery) else {
        return Vec::new();
    };
    found
        .files
        .into_iter()
        .filter(|f| !already.contains(&absolute(&f.path)))
        .collect()
}

/// `--stdin-filename`: the source comes from stdin, everything else is as
/// if it were the named file.
fn check_stdin(
    name: &Path,
    force_exclude: bool,
    resolver: &Resolver,
    overrides: &Overrides,
    runner: &RunnerConfig,
) -> Result<Option<Checked>, String> {
    let Some(lang) = Lang::from_path(name) else {
        return Err(format!(
            "--stdin-filename `{}`: unknown language; use a name ending in .js, .jsx, .mjs, .cjs, .ts, .tsx, .mts, .cts or .py",
            name.display()
        ));
    };
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read stdin: {e}"))?;
    let text = crate::source::decode(bytes).map_err(|e| format!("stdin: {e}"))?;
    let abs = absolute(name);
    let config = resolver.for_path(&abs, false);
    if force_exclude && config.excludes(&abs) {
        return Ok(None);
    }
    if let Some(e) = resolver.take_errors().into_iter().next() {
        return Err(e.to_string());
    }
    let mut settings = settings_for(&config, &abs, overrides, runner);
    runner.add_source_facts(&abs, text.as_bytes(), &mut settings.project);
    let role = FileRole::by_name(name);
    let shown = PathBuf::from(crate::source::display_path(name));
    let (mut findings, notices) = analyze_source(&shown, &text, lang, role, &settings);
    apply_severity(&mut findings, &config);
    Ok(Some(Checked {
        outcome: FileOutcome {
            path: Arc::new(shown),
            findings,
            notices,
            suppressions: suppress::scan(&text, lang.is_python()),
        },
        context: false,
    }))
}

/// `isolint config [PATH]`: the effective configuration for a path.
pub fn show_config(path: Option<&Path>, config_file: Option<&Path>) -> i32 {
    let path = path.unwrap_or(Path::new("."));
    if !path.exists() {
        return error(format!("path `{}` does not exist", path.display()));
    }
    let resolver = match Resolver::new(config_file) {
        Ok(r) => r,
        Err(e) => return error(e),
    };
    let abs = absolute(path);
    let config = resolver.for_path(&abs, path.is_dir());
    if let Some(e) = resolver.take_errors().into_iter().next() {
        return error(e);
    }
    match &config.source {
        Some(file) => println!("# config: {}", crate::source::display_path(file)),
        None => println!("# config: none found (built-in defaults)"),
    }
    // For a directory, show the rules of a file inside it.
    let probe = if path.is_dir() { abs.join("x") } else { abs };
    print!("{}", config.to_toml(&probe, &Overrides::default()));
    EXIT_CLEAN
}

/// `CLICOLOR_FORCE` (the common convention) forces colour through a pipe;
/// `NO_COLOR` always wins.
fn colour_forced() -> bool {
    std::env::var_os("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0")
}
