//! Human output: each finding as a miette diagnostic (source snippet with the
//! span labelled by the message, the rule id as code, the help line, related
//! locations of the same file as extra labels, others listed below), then a
//! summary line. Colour only when `color` is set (a TTY without `NO_COLOR`).
//!
//! Each file's source is read once, however many findings it has, and the
//! snippet windows come from a line index instead of miette's linear scan
//! from the start of the file, so thousands of findings stay fast.

use super::Report;
use crate::finding::{Finding, Severity};
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};
use std::fmt;
use std::io::{self, Write};
use std::path::Path;
use std::sync::Arc;

pub fn write(report: &Report, out: &mut dyn Write, color: bool) -> io::Result<()> {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_links(false)
        .without_syntax_highlighting()
        // One line per help text: output is read in CI logs and grepped.
        .with_wrap_lines(false);

    // Findings arrive grouped by file; a stable sort keeps their order and
    // guarantees each file is loaded once even if a caller interleaves them.
    let mut order: Vec<usize> = (0..report.findings.len()).collect();
    order.sort_by(|&a, &b| report.findings[a].path().cmp(report.findings[b].path()));

    let mut current: Option<(&Path, Option<Arc<FileSource>>)> = None;
    let mut rendered = String::new();
    for i in order {
        let finding = &report.findings[i];
        let path = finding.path();
        let source = match &current {
            Some((p, s)) if *p == path => s.clone(),
            _ => {
                let s = FileSource::load(path).map(Arc::new);
                current = Some((path, s.clone()));
                s
            }
        };
        rendered.clear();
        let diagnostic = FindingDiagnostic::new(finding, source);
        // Formatting into a String cannot fail except through our own
        // Display impls, which do not fail.
        if handler.render_report(&mut rendered, &diagnostic).is_err() {
            rendered.clear();
        }
        out.write_all(rendered.as_bytes())?;
        let elsewhere: Vec<_> = finding
            .related
            .iter()
            .filter(|r| !diagnostic.labels_related(r))
            .collect();
        for r in elsewhere {
            let pos = r.location.span.start;
            writeln!(
                out,
                "  note: {}:{}:{}: {}",
                r.location.path.display(),
                pos.line,
                pos.column,
                r.message
            )?;
        }
        writeln!(out)?;
    }
    writeln!(out, "{}", report.summary_line())
}

/// One file's text with a line index, as a miette source.
struct FileSource {
    name: String,
    text: String,
    line_starts: Vec<usize>,
}

impl FileSource {
    /// Re-reads the file the way the engine did (same decoding), so byte
    /// offsets of findings match. `None` when it cannot be read any more.
    fn load(path: &Path) -> Option<FileSource> {
        let bytes = std::fs::read(path).ok()?;
        let text = crate::source::decode(bytes).ok()?;
        Some(FileSource::new(path.to_string_lossy().into_owned(), text))
    }

    fn new(name: String, text: String) -> FileSource {
        let mut line_starts = vec![0];
        line_starts.extend(crate::source::memchr_newlines(text.as_bytes()));
        FileSource {
            name,
            text,
            line_starts,
        }
    }

    /// 0-based line containing `byte`.
    fn line_of(&self, byte: usize) -> usize {
        match self.line_starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Whether `start..end` is a valid span of this text (the file may have
    /// changed since it was analysed).
    fn contains(&self, start: usize, end: usize) -> bool {
        start <= end
            && end <= self.text.len()
            && self.text.is_char_boundary(start)
            && self.text.is_char_boundary(end)
    }
}

impl SourceCode for FileSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let start = span.offset();
        let end = start + span.len();
        if !self.contains(start, end) {
            return Err(MietteError::OutOfBounds);
        }
        let first_line = self.line_of(start).saturating_sub(context_lines_before);
        let last_byte = if end > start { end - 1 } else { start };
        let last_line = (self.line_of(last_byte) + context_lines_after)
            .min(self.line_starts.len().saturating_sub(1));
        // Like miette's own sources: without context lines the window starts
        // at the span, and the column (in chars, as isolint counts them)
        // locates it; miette shows it in the `[path:line:col]` header.
        let (window_start, column) = if context_lines_before == 0 {
            let line_start = self.line_starts[first_line];
            (start, self.text[line_start..start].chars().count())
        } else {
            (self.line_starts[first_line], 0)
        };
        let window_end = self
            .line_starts
            .get(last_line + 1)
            .copied()
            .unwrap_or(self.text.len());
        let data = &self.text.as_bytes()[window_start..window_end];
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            data,
            (window_start, window_end - window_start).into(),
            first_line,
            column,
            // miette compares `line + line_count` with the next snippet's
            // first line to decide whether two windows overlap.
            last_line - first_line,
        )))
    }
}

/// A finding seen as a miette diagnostic.
struct FindingDiagnostic<'f> {
    finding: &'f Finding,
    source: Option<Arc<FileSource>>,
    labels: Vec<LabeledSpan>,
}

impl<'f> FindingDiagnostic<'f> {
    fn new(finding: &'f Finding, source: Option<Arc<FileSource>>) -> Self {
        let mut labels = Vec::new();
        let source = source.filter(|s| {
            let span = finding.span();
            s.contains(span.start_byte, span.end_byte)
        });
        if let Some(src) = &source {
            let span = finding.span();
            labels.push(LabeledSpan::new_primary_with_span(
                Some(finding.message.clone()),
                (span.start_byte, span.end_byte - span.start_byte),
            ));
            for r in &finding.related {
                let rs = r.location.span;
                if *r.location.path == *finding.location.path
                    && src.contains(rs.start_byte, rs.end_byte)
                {
                    labels.push(LabeledSpan::new_with_span(
                        Some(r.message.clone()),
                        (rs.start_byte, rs.end_byte - rs.start_byte),
                    ));
                }
            }
        }
        FindingDiagnostic {
            finding,
            source,
            labels,
        }
    }

    /// Whether a related location is shown as a label in the snippet
    /// (otherwise it is listed as a note).
    fn labels_related(&self, r: &crate::finding::Related) -> bool {
        self.source.as_ref().is_some_and(|src| {
            let rs = r.location.span;
            *r.location.path == *self.finding.location.path
                && src.contains(rs.start_byte, rs.end_byte)
        })
    }
}

impl fmt::Debug for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FindingDiagnostic")
            .field("rule", &self.finding.rule)
            .finish()
    }
}

impl fmt::Display for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.source.is_some() {
            f.write_str(&self.finding.message)
        } else {
            // Without a snippet the location goes into the header.
            let start = self.finding.span().start;
            write!(
                f,
                "{}:{}:{}: {}",
                self.finding.path().display(),
                start.line,
                start.column,
                self.finding.message
            )
        }
    }
}

impl std::error::Error for FindingDiagnostic<'_> {}

impl Diagnostic for FindingDiagnostic<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.finding.rule))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Note => miette::Severity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        let fix = self.finding.fix.as_ref().map(|fix| {
            let how = match fix.applicability {
                crate::finding::Applicability::Safe => "`--fix`",
                crate::finding::Applicability::Unsafe => "`--fix --unsafe-fixes`",
            };
            format!("fix: {} ({how})", fix.title)
        });
        match (self.finding.help.is_empty(), fix) {
            (true, None) => None,
            (false, None) => Some(Box::new(&self.finding.help)),
            (true, Some(fix)) => Some(Box::new(fix)),
            (false, Some(fix)) => Some(Box::new(format!("{}\n{fix}", self.finding.help))),
        }
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_deref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            None
        } else {
            Some(Box::new(self.labels.iter().cloned()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_come_from_the_line_index() {
        let src = FileSource::new("a.js".into(), "one\ntwo\nthree\nfour\n".into());
        let span: SourceSpan = (8, 5).into(); // "three"
        let contents = src.read_span(&span, 1, 1).expect("in bounds");
        assert_eq!(
            std::str::from_utf8(contents.data()).ok(),
            Some("two\nthree\nfour\n")
        );
        assert_eq!(contents.line(), 1);
        assert_eq!(contents.column(), 0);
        let exact = src.read_span(&span, 0, 0).expect("in bounds");
        assert_eq!((exact.line(), exact.column()), (2, 0));
        let mid: SourceSpan = (10, 2).into(); // "re"
        let exact = src.read_span(&mid, 0, 0).expect("in bounds");
        assert_eq!((exact.line(), exact.column()), (2, 2));
        assert!(src.read_span(&(18, 10).into(), 1, 1).is_err());
    }

    #[test]
    fn a_file_that_is_gone_still_gets_its_location_and_help() {
        use crate::finding::{Location, Pos, Span};
        let span = Span {
            start_byte: 10,
            end_byte: 14,
            start: Pos { line: 2, column: 3 },
            end: Pos { line: 2, column: 7 },
        };
        let finding = Finding {
            rule: "hardcoded-port",
            location: Location {
                path: Arc::new("no/such/dir/x.test.js".into()),
                span,
            },
            message: "hardcoded port 3000".into(),
            help: "bind port 0".into(),
            severity: Severity::Warning,
            related: Vec::new(),
            snippet: "3000".into(),
            cross_file: None,
            cross_file_verb: "",
            subject: None,
            fix: None,
        };
        let findings = [finding];
        let report = Report {
            findings: &findings,
            notices: &[],
            files_checked: 1,
        };
        let mut out = Vec::new();
        write(&report, &mut out, false).expect("writes");
        let text = String::from_utf8(out).expect("utf-8");
        assert!(
            text.contains("no/such/dir/x.test.js:2:3: hardcoded port 3000"),
            "{text}"
        );
        assert!(text.contains("help: bind port 0"), "{text}");
        assert!(
            text.ends_with("1 finding in 1 file (1 file checked)\n"),
            "{text}"
        );
        assert!(!text.contains('\x1b'));
    }
}
