//! The `check` command: the whole pipeline for one invocation.

use crate::cache::{check_input, Cache};
use crate::cli::CheckArgs;
use crate::discover::{discover, Discovery};
use crate::engine::{Notice, Settings};
use crate::finding::Finding;
use crate::prefilter::Prefilter;
use crate::report::{self, Report};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

/// Process exit codes.
pub const EXIT_CLEAN: i32 = 0;
pub const EXIT_FINDINGS: i32 = 1;
pub const EXIT_ERROR: i32 = 2;

pub fn check(args: &CheckArgs) -> i32 {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let discovered = match discover(&paths, &Discovery::default()) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("isolint: error: {e}");
            return EXIT_ERROR;
        }
    };
    let settings = Settings::all_rules();
    let prefilter = Prefilter::new(&settings.rules, !args.no_prefilter);
    let cache = if args.no_cache {
        None
    } else {
        Cache::open(&paths, &settings, &prefilter)
    };
    let outcomes: Vec<_> = discovered
        .files
        .par_iter()
        .map(|input| check_input(input, &settings, &prefilter, cache.as_ref()))
        .collect();
    if let Some(cache) = cache {
        cache.save();
    }

    let mut notices: Vec<Notice> = discovered.notices;
    let mut findings: Vec<Finding> = Vec::new();
    for outcome in outcomes {
        notices.extend(outcome.notices);
        findings.extend(outcome.findings);
    }
    crate::crossfile::link(&mut findings);

    for n in &notices {
        match n.line {
            Some(line) => eprintln!("isolint: warning: {}:{line}: {}", n.path, n.message),
            None => eprintln!("isolint: warning: {}: {}", n.path, n.message),
        }
    }
    let report = Report {
        findings: &findings,
        notices: &notices,
        files_checked: discovered.files.len(),
    };
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if let Err(e) = report::write(args.format, &report, &mut out, color).and_then(|_| out.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("isolint: error: cannot write output: {e}");
            return EXIT_ERROR;
        }
    }
    if findings.is_empty() {
        EXIT_CLEAN
    } else {
        EXIT_FINDINGS
    }
}
