//! `path:line:col: rule-id message`, one finding per line.

use super::Report;
use std::io::{self, Write};

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for f in report.findings {
        let start = f.span().start;
        writeln!(
            out,
            "{}:{}:{}: {} {}",
            f.path().display(),
            start.line,
            start.column,
            f.rule,
            f.message
        )?;
    }
    Ok(())
}
