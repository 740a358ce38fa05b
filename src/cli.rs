//! Command-line interface.

use crate::report::Format;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "isolint",
    version,
    about = "Finds tests that break when a suite runs in parallel or in random order",
    after_help = "Exit codes: 0 no findings, 1 findings, 2 usage or I/O error."
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
    /// Benchmarking and diagnosis helpers.
    #[command(hide = true, subcommand)]
    Debug(DebugCommand),
}

#[derive(Debug, Subcommand)]
pub enum DebugCommand {
    /// Walk, read and parse the files `check` would, and nothing else.
    ParseOnly { paths: Vec<PathBuf> },
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files or directories to check (default: the current directory).
    /// Files named explicitly are always checked.
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Parse every file, even those in which no enabled rule's trigger
    /// occurs (for checking the prefilter).
    #[arg(long, hide = true)]
    pub no_prefilter: bool,

    /// Neither read nor write the results cache (`.isolint_cache/`).
    #[arg(long)]
    pub no_cache: bool,
}
