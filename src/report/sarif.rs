//! SARIF 2.1.0 output (placeholder until the SARIF writer lands).

use super::Report;
use std::io::{self, Write};

pub fn write(_report: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{{}}")
}
