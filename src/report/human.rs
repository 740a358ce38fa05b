//! Human output: each finding with its source snippet, message and help line,
//! then a summary line. Colour only on a TTY and without `NO_COLOR`.

use super::Report;
use std::io::{self, Write};

pub fn write(report: &Report, out: &mut dyn Write, _color: bool) -> io::Result<()> {
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
        writeln!(out, "  help: {}", f.help)?;
    }
    writeln!(out, "{}", report.summary_line())
}
