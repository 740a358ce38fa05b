//! The JSON format: a stable, documented schema (README, "JSON output").
//! `version` changes only when a field is removed or changes meaning.

use super::Report;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    findings: &'a [crate::finding::Finding],
    notices: &'a [crate::engine::Notice],
    summary: Summary,
}

#[derive(Serialize)]
struct Summary {
    findings: usize,
    files_with_findings: usize,
    files_checked: usize,
}

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let doc = Document {
        version: 1,
        findings: report.findings,
        notices: report.notices,
        summary: Summary {
            findings: report.findings.len(),
            files_with_findings: report.files_with_findings(),
            files_checked: report.files_checked,
        },
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
