//! What a rule reports: a finding at a span, with related locations.

use serde::Serialize;
use std::path::PathBuf;
use std::sync::Arc;

/// A 1-based line/column position. Columns count Unicode scalar values
/// (SARIF `columnKind: unicodeCodePoints`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

/// A region of one source file: byte offsets plus 1-based line/columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Span {
    #[serde(skip)]
    pub start_byte: usize,
    #[serde(skip)]
    pub end_byte: usize,
    pub start: Pos,
    pub end: Pos,
}

/// A location in some file (the current one or another one, for cross-file
/// related locations).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    pub path: Arc<PathBuf>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Related {
    #[serde(flatten)]
    pub location: Location,
    pub message: String,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A key under which findings of different files are grouped so that each
/// one can list the others (same port, same path, same seed value).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct CrossFileKey(pub String);

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    #[serde(flatten)]
    pub location: Location,
    pub message: String,
    pub help: String,
    pub severity: Severity,
    pub related: Vec<Related>,
    /// The offending source text, whitespace-normalised; used for
    /// fingerprints that survive line shifts.
    #[serde(skip)]
    pub snippet: String,
    /// Findings sharing a key across files get each other as related locations.
    #[serde(skip)]
    pub cross_file: Option<CrossFileKey>,
    /// Phrase for cross-file related locations, e.g. "also bound".
    #[serde(skip)]
    pub cross_file_verb: &'static str,
    /// What the finding is about when that differs from where it reports
    /// (a binding's declaration, as a byte offset): lets a more specific
    /// rule take precedence over a general one for the same binding.
    #[serde(skip)]
    pub subject: Option<usize>,
    /// The mechanical edit that removes the finding, where one exists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
}

/// Whether applying a fix can change what a test asserts (spec, "Fixes").
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Cannot change what the test asserts: applied by `--fix`.
    Safe,
    /// Might: applied only with `--unsafe-fixes`.
    Unsafe,
}

/// A replacement of one region of the file (an insertion when the region
/// is empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    #[serde(flatten)]
    pub span: Span,
    pub content: String,
}

/// The edits that remove one finding, applied together or not at all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// What the fix does, imperative: "Bind port 0".
    pub title: String,
    pub applicability: Applicability,
    /// Non-overlapping, in source order.
    pub edits: Vec<Edit>,
}

impl Finding {
    pub fn path(&self) -> &std::path::Path {
        &self.location.path
    }
    pub fn span(&self) -> &Span {
        &self.location.span
    }
}
