//! Output formats. Each takes the final findings (after cross-file links,
//! suppressions and baseline) and writes them; none decides what is found.

mod concise;
mod github;
mod human;
mod json;
mod sarif;

use crate::engine::Notice;
use crate::finding::Finding;
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Diagnostics with source snippets and help lines (default).
    Human,
    /// One line per finding: `path:line:col: rule-id message`.
    Concise,
    /// A stable JSON document (see README, "JSON output").
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and editors.
    Sarif,
    /// GitHub Actions workflow commands (`::warning file=...`).
    Github,
}

/// Everything a format may show.
pub struct Report<'a> {
    pub findings: &'a [Finding],
    pub notices: &'a [Notice],
    pub files_checked: usize,
}

impl Report<'_> {
    pub fn files_with_findings(&self) -> usize {
        let mut paths: Vec<_> = self.findings.iter().map(|f| f.path()).collect();
        paths.sort();
        paths.dedup();
        paths.len()
    }

    /// `N findings in M files (K files checked)`.
    pub fn summary_line(&self) -> String {
        let n = self.findings.len();
        let m = self.files_with_findings();
        format!(
            "{n} finding{} in {m} file{} ({} file{} checked)",
            plural(n),
            plural(m),
            self.files_checked,
            plural(self.files_checked)
        )
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

pub fn write(format: Format, report: &Report, out: &mut dyn Write, color: bool) -> io::Result<()> {
    match format {
        Format::Human => human::write(report, out, color),
        Format::Concise => concise::write(report, out),
        Format::Json => json::write(report, out),
        Format::Sarif => sarif::write(report, out),
        Format::Github => github::write(report, out),
    }
}
