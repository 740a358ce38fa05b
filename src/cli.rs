//! Command-line interface.

use crate::report::Format;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "isolint",
    version,
    about = "Finds tests that break when a suite runs in parallel or in random order",
    after_help = "Exit codes: 0 no findings (findings of severity `note` do not count), 1 findings, 2 usage error, invalid config or missing path."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check test files for parallelism and ordering hazards.
    Check(CheckArgs),
    /// List the rules.
    Rules,
    /// Show the documentation of one rule.
    Rule {
        /// Rule id, e.g. `hardcoded-port`.
        id: String,
    },
    /// Print the effective configuration for a path (default: `.`) and the
    /// file it came from.
    Config {
        /// A file or directory; the nearest config above it applies.
        path: Option<PathBuf>,
        /// Use this config file instead of searching.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// Benchmarking and diagnosis helpers.
    #[command(hide = true, subcommand)]
    Debug(DebugCommand),
}

#[derive(Debug, Subcommand)]
pub enum DebugCommand {
    /// Walk, read and parse the files `check` would, and nothing else.
    ParseOnly {
        /// Also run the analysis's tree walk over every node of every tree:
        /// the floor of any analysis that looks at the whole tree once.
        #[arg(long)]
        walk: bool,
        paths: Vec<PathBuf>,
    },
    /// Time parse-only and a cold check file by file, interleaved in one
    /// process, and print check / parse-only CPU time per round.
    Paired {
        /// How many passes over the files.
        #[arg(long, default_value_t = 5)]
        rounds: usize,
        paths: Vec<PathBuf>,
    },
    /// Count, per rule, the files the prefilter admits (would parse)
    Prefilter { paths: Vec<PathBuf> },
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files or directories to check (default: the current directory).
    /// Files named explicitly are always checked.
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Use this config file for every path instead of the nearest
    /// `isolint.toml` / `.isolint.toml` / `pyproject.toml [tool.isolint]`.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Run only these rules (comma-separated); replaces the config's
    /// `select`/`extend-select`/`ignore`.
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub select: Vec<String>,

    /// Do not run these rules (comma-separated), on top of the config.
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub ignore: Vec<String>,

    /// Report only findings that are not in this baseline file.
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    pub baseline: Option<PathBuf>,

    /// Record the current findings in this baseline file and exit 0.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,

    /// Report suppression comments that suppressed nothing (exit 1 if any).
    #[arg(long)]
    pub report_unused_suppressions: bool,

    /// Write the report to FILE instead of stdout (the summary line is still
    /// printed).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Print the number of findings per rule instead of the findings.
    #[arg(long)]
    pub statistics: bool,

    /// Print only findings and errors: no summary line, no notes.
    #[arg(long, short = 'q')]
    pub quiet: bool,

    /// Exit 0 even when there are findings (still 2 on errors).
    #[arg(long)]
    pub exit_zero: bool,

    /// Apply the config's `exclude` globs to files named on the command
    /// line too (useful under pre-commit, which names every staged file).
    #[arg(long)]
    pub force_exclude: bool,

    /// Read the source from stdin and check it as if it were this path
    /// (config, per-file-ignores and suppressions apply; always checked).
    #[arg(long, value_name = "PATH", conflicts_with = "paths")]
    pub stdin_filename: Option<PathBuf>,
    /// Parse every file, even those in which no enabled rule's trigger
    /// occurs (for checking the prefilter).
    #[arg(long, hide = true)]
    pub no_prefilter: bool,

    /// Print on stderr where the run's CPU time went, per phase of a file's
    /// analysis (read, prefilter, parse, model, each rule...), summed over
    /// threads. For profiling isolint itself.
    #[arg(long, hide = true)]
    pub timings: bool,

    /// Neither read nor write the results cache (`.isolint_cache/`).
    #[arg(long)]
    pub no_cache: bool,

    /// Apply the safe fixes of the findings (those that cannot change what
    /// a test asserts), then report what is left.
    #[arg(long, conflicts_with = "stdin_filename")]
    pub fix: bool,

    /// With `--fix`, also apply unsafe fixes; without it, show them as
    /// available.
    #[arg(long)]
    pub unsafe_fixes: bool,
}
