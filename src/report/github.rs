//! GitHub Actions workflow commands: each finding becomes an annotation on
//! the pull request diff.

use super::Report;
use std::io::{self, Write};

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for f in report.findings {
        // GitHub places an annotation by its path from the repository's
        // top, wherever in the checkout the step ran
        // (`working-directory: packages/api`).
        let path =
            crate::source::repository_relative(f.path()).unwrap_or_else(|| f.path().to_path_buf());
        let span = f.span();
        let level = match f.severity {
            crate::finding::Severity::Error => "error",
            crate::finding::Severity::Warning => "warning",
            crate::finding::Severity::Note => "notice",
        };
        writeln!(
            out,
            "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            escape_property(&path.to_string_lossy().replace('\\', "/")),
            span.start.line,
            span.start.column,
            span.end.line,
            span.end.column,
            escape_property(&format!("isolint {}", f.rule)),
            escape_data(&format!("{} (help: {})", f.message, f.help)),
        )?;
    }
    Ok(())
}

/// Workflow command data: `%`, CR and LF are escaped.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Workflow command properties additionally escape `:` and `,`.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_workflow_command_syntax() {
        assert_eq!(escape_property("a,b:c%\n"), "a%2Cb%3Ac%25%0A");
        assert_eq!(escape_data("x: 1,\r\n"), "x: 1,%0D%0A");
    }
}
