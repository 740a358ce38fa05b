//! `check --fix`: applying the edits rules attach to their findings.
//!
//! A rule computes a fix over the tree of the text it analysed ([`Fix`]);
//! this module only applies them, and is where the spec's guarantees live:
//! - a fix is applied whole or not at all, and never on top of another
//!   fix's region (identical edits, such as two fixes adding the same
//!   `tmp_path` parameter, are shared);
//! - the fixed text is parsed again before anything is written, and a fix
//!   whose result does not parse is dropped (a file that did not parse to
//!   begin with is not fixed at all);
//! - the text is re-analysed and fixed again until no fix applies, so a
//!   second `--fix` changes nothing;
//! - the file is replaced atomically (a temporary file in the same
//!   directory, renamed over it), and not at all if it changed on disk
//!   while it was being fixed.

use crate::baseline::Baseline;
use crate::engine::{check_bytes_for, FileInput, FileOutcome, Notice, Settings};
use crate::finding::{Applicability, Edit, Finding, Fix};
use crate::lang::Lang;
use crate::prefilter::RuleSet;
use std::io::Write;
use std::path::Path;

/// Where `token` (a number or a name) occurs in `src` as a whole token:
/// not inside a longer name or number.
pub fn token_positions<'s>(src: &'s str, token: &'s str) -> impl Iterator<Item = usize> + 's {
    let part = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'$';
    let bytes = src.as_bytes();
    memchr::memmem::find_iter(bytes, token.as_bytes()).filter(move |&at| {
        let end = at + token.len();
        (at == 0 || !part(bytes[at - 1])) && bytes.get(end).is_none_or(|&b| !part(b))
    })
}

/// Whether `token` occurs in `src` outside `except` as a whole token: a fix
/// that changes a value is safe only when nothing else in the file repeats
/// it (`listen(3000)` → `listen(0)` while a client still calls `:3000`).
pub fn occurs_elsewhere(src: &str, token: &str, except: std::ops::Range<usize>) -> bool {
    token_positions(src, token).any(|at| !(except.start <= at && at + token.len() <= except.end))
}

/// The line break the file uses (`\r\n` when its first line ends so).
pub fn newline(src: &str) -> &'static str {
    match src.find('\n') {
        Some(i) if i > 0 && src.as_bytes()[i - 1] == b'\r' => "\r\n",
        _ => "\n",
    }
}

/// The whitespace before `byte` on its line, when only whitespace precedes
/// it there.
pub fn indentation_at(src: &str, byte: usize) -> Option<&str> {
    let line_start = src[..byte].rfind('\n').map_or(0, |i| i + 1);
    let indent = &src[line_start..byte];
    indent
        .chars()
        .all(|c| c == ' ' || c == '\t')
        .then_some(indent)
}

/// Which fixes a run applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FixMode {
    /// `--unsafe-fixes`: also those that might change what a test asserts.
    pub unsafe_fixes: bool,
}

impl FixMode {
    pub fn applies(self, fix: &Fix) -> bool {
        fix.applicability == Applicability::Safe || self.unsafe_fixes
    }
}

/// Rounds of fix-and-re-analyse per file: each round applies every fix that
/// does not overlap an earlier one, so a second round is needed only where
/// two fixes touched the same region.
const MAX_ROUNDS: usize = 8;

/// What fixing one file did.
pub struct Fixed {
    /// The analysis of the file as it is now on disk.
    pub outcome: FileOutcome,
    /// How many findings the applied fixes removed.
    pub applied: usize,
}

/// Fixes one file in place: analyses it, applies the applicable fixes of
/// the findings that are neither suppressed nor baselined, and repeats on
/// the new text. `settings` gives the file's settings for a text (the
/// runner facts that depend on the source are added per text).
pub fn fix_file(
    input: &FileInput,
    checked: FileOutcome,
    settings: &dyn Fn(&[u8]) -> Settings,
    mode: FixMode,
    baseline: Option<&Baseline>,
) -> Fixed {
    let analyse = |bytes: Vec<u8>| {
        let s = settings(&bytes);
        check_bytes_for(input, bytes, &s, RuleSet::ALL)
    };
    let original = match crate::engine::read_file(&input.path) {
        Ok(bytes) => bytes,
        Err(e) => {
            // Gone or unreadable since it was checked: report what the
            // check found, and why nothing was fixed.
            return Fixed {
                outcome: with_notice(checked, &format!("cannot read file to fix it: {e}")),
                applied: 0,
            };
        }
    };
    let first = analyse(original.clone());
    let (Some(lang), Some((bom, mut text))) =
        (Lang::from_path(&input.path), editable_text(&original))
    else {
        return Fixed {
            outcome: first,
            applied: 0,
        };
    };
    if parses_with_errors(lang, &text) {
        return Fixed {
            outcome: with_notice(
                first,
                "has syntax errors; fixes are not applied to a file that does not parse",
            ),
            applied: 0,
        };
    }
    let mut outcome = first;
    let mut applied = 0;
    let mut seen = vec![text.clone()];
    for _ in 0..MAX_ROUNDS {
        let fixes = wanted_fixes(&mut outcome, mode, baseline);
        if fixes.is_empty() {
            break;
        }
        let Some((next, n)) = apply_parsing(lang, &text, &fixes) else {
            break;
        };
        if seen.contains(&next) {
            break;
        }
        seen.push(next.clone());
        let after = analyse(with_bom(bom, &next));
        // Each fix must remove its finding: a round after which fewer went
        // than were fixed is dropped (and a rule's fix tables test this),
        // so that a fix that does not work is never applied over and over.
        if after.findings.len() + n > outcome.findings.len() {
            break;
        }
        applied += n;
        text = next;
        outcome = after;
    }
    if applied == 0 {
        return Fixed { outcome, applied };
    }
    match write_atomically(&input.path, &original, &with_bom(bom, &text)) {
        Ok(()) => Fixed { outcome, applied },
        Err(e) => Fixed {
            // Nothing was written: report the file as it still is.
            outcome: with_notice(analyse(original), &format!("fixes not written: {e}")),
            applied: 0,
        },
    }
}

/// The fixes `mode` applies, of the findings a report would show.
fn wanted_fixes(outcome: &mut FileOutcome, mode: FixMode, baseline: Option<&Baseline>) -> Vec<Fix> {
    let mut reported: Vec<Finding> = outcome
        .findings
        .iter()
        .filter(|f| f.fix.as_ref().is_some_and(|fix| mode.applies(fix)))
        .cloned()
        .collect();
    let mut suppressions = outcome.suppressions.clone();
    reported.retain(|f| !suppressions.suppresses(f));
    if let Some(b) = baseline {
        reported = b.filter(reported, &[]).kept;
    }
    reported.into_iter().filter_map(|f| f.fix).collect()
}

/// `fixes` applied to `text` so that the result parses: all of them when
/// that parses, else one by one, keeping each that leaves a text that
/// parses. `None` when none could be applied.
pub fn apply_parsing(lang: Lang, text: &str, fixes: &[Fix]) -> Option<(String, usize)> {
    let (all, n) = apply(text, fixes);
    if n > 0 && !parses_with_errors(lang, &all) {
        return Some((all, n));
    }
    let mut kept: Vec<Fix> = Vec::new();
    for fix in fixes {
        kept.push(fix.clone());
        let (trial, m) = apply(text, &kept);
        if m < kept.len() || parses_with_errors(lang, &trial) {
            kept.pop();
        }
    }
    let (result, n) = apply(text, &kept);
    (n > 0).then_some((result, n))
}

/// `text` with the edits of every fix in `fixes` that does not overlap a
/// fix taken before it, and how many fixes were taken. Two edits overlap
/// when their regions share a byte, or when both insert at the same point
/// or one inserts at the edge of the other's region (the order of the
/// results would be a guess); identical edits are shared, not conflicting.
pub fn apply(text: &str, fixes: &[Fix]) -> (String, usize) {
    let mut taken: Vec<&Edit> = Vec::new();
    let mut count = 0;
    for fix in fixes {
        let fits = fix.edits.iter().all(|e| {
            e.span.start_byte <= e.span.end_byte
                && e.span.end_byte <= text.len()
                && text.is_char_boundary(e.span.start_byte)
                && text.is_char_boundary(e.span.end_byte)
                && taken.iter().all(|t| *t == e || !overlaps(t, e))
        });
        if !fits {
            continue;
        }
        for e in &fix.edits {
            if !taken.contains(&e) {
                taken.push(e);
            }
        }
        count += 1;
    }
    taken.sort_by_key(|e| (e.span.start_byte, e.span.end_byte));
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0;
    for e in taken {
        out.push_str(&text[at..e.span.start_byte]);
        out.push_str(&e.content);
        at = e.span.end_byte;
    }
    out.push_str(&text[at..]);
    (out, count)
}

fn overlaps(a: &Edit, b: &Edit) -> bool {
    let (a0, a1) = (a.span.start_byte, a.span.end_byte);
    let (b0, b1) = (b.span.start_byte, b.span.end_byte);
    if a0 == a1 || b0 == b1 {
        // An insertion conflicts with anything at or around its point.
        return a0 <= b1 && b0 <= a1;
    }
    a0 < b1 && b0 < a1
}

/// Whether `text` parses with an error or a missing node.
fn parses_with_errors(lang: Lang, text: &str) -> bool {
    let mut parser = tree_sitter::Parser::new();
    if parser.set_language(&lang.grammar()).is_err() {
        return true;
    }
    parser
        .parse(text, None)
        .is_none_or(|t| t.root_node().has_error())
}

/// The text of a file's bytes and whether they began with a UTF-8 BOM;
/// `None` for a file that is not UTF-8 (a UTF-16 file is reported on, but
/// not rewritten: its positions are those of the decoded text).
fn editable_text(bytes: &[u8]) -> Option<(bool, String)> {
    let (bom, rest) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    std::str::from_utf8(rest).ok().map(|t| (bom, t.to_string()))
}

fn with_bom(bom: bool, text: &str) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(text.len() + 3);
    if bom {
        bytes.extend_from_slice(b"\xEF\xBB\xBF");
    }
    bytes.extend_from_slice(text.as_bytes());
    bytes
}

fn with_notice(mut outcome: FileOutcome, message: &str) -> FileOutcome {
    outcome.notices.push(Notice {
        path: outcome.path.to_string_lossy().into_owned(),
        message: message.to_string(),
        line: None,
    });
    outcome
}

/// Replaces the file at `path` (through a symlink, its target) with
/// `bytes`, unless it no longer holds `expected`: written to a new file in
/// the same directory, with the same permissions, flushed, then renamed
/// over the original, so a reader never sees half a file and a crash leaves
/// either the old file or the new one.
pub fn write_atomically(path: &Path, expected: &[u8], bytes: &[u8]) -> std::io::Result<()> {
    let target = std::fs::canonicalize(path)?;
    let dir = target
        .parent()
        .ok_or_else(|| std::io::Error::other("the file has no directory"))?;
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let permissions = std::fs::metadata(&target)?.permissions();
    // Renaming over a read-only file would succeed (it needs only the
    // directory's write permission) and so undo the owner's protection.
    if permissions.readonly() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            "the file is read-only",
        ));
    }
    let mut attempt = 0;
    let (temp, mut file) = loop {
        let temp = dir.join(format!(
            ".{name}.isolint-{}-{attempt}.tmp",
            std::process::id()
        ));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
        {
            Ok(f) => break (temp, f),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 100 => {
                attempt += 1
            }
            Err(e) => return Err(e),
        }
    };
    let written = (|| {
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::set_permissions(&temp, permissions)?;
        if std::fs::read(&target)? != expected {
            return Err(std::io::Error::other(
                "the file changed while it was being fixed; run again",
            ));
        }
        std::fs::rename(&temp, &target)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Pos, Span};

    fn edit(start: usize, end: usize, content: &str) -> Edit {
        let pos = Pos { line: 1, column: 1 };
        Edit {
            span: Span {
                start_byte: start,
                end_byte: end,
                start: pos,
                end: pos,
            },
            content: content.to_string(),
        }
    }

    fn fix(edits: Vec<Edit>) -> Fix {
        Fix {
            title: "t".into(),
            applicability: Applicability::Safe,
            edits,
        }
    }

    #[test]
    fn tokens_are_found_whole() {
        let src = "listen(3000); fetch('http://localhost:3000/x'); const n = 30001, m = x3000;";
        assert!(!occurs_elsewhere("listen(3000);", "3000", 7..11));
        assert!(occurs_elsewhere(src, "3000", 7..11));
        let without_client = "listen(3000); const n = 30001, m = x3000, k = 3000.5;";
        // `3000.5` has the token `3000` before its `.`: counted, to be safe.
        assert!(occurs_elsewhere(without_client, "3000", 7..11));
        assert!(!occurs_elsewhere(
            "listen(3000); const n = 30001, m = x3000_;",
            "3000",
            7..11
        ));
        assert_eq!(newline("a\r\nb"), "\r\n");
        assert_eq!(newline("a\nb\r\n"), "\n");
        assert_eq!(indentation_at("x\n  foo()", 4), Some("  "));
        assert_eq!(indentation_at("x = foo()", 4), None);
    }

    #[test]
    fn fixes_apply_whole_and_never_over_each_other() {
        let text = "listen(3000); listen(4000);";
        let a = fix(vec![edit(7, 11, "0")]);
        let b = fix(vec![edit(21, 25, "0")]);
        assert_eq!(
            apply(text, &[a.clone(), b]),
            ("listen(0); listen(0);".into(), 2)
        );
        // Overlapping the first: left for the next round, with all its edits.
        let c = fix(vec![edit(21, 25, "1"), edit(9, 12, "x")]);
        assert_eq!(
            apply(text, &[a.clone(), c]),
            ("listen(0); listen(4000);".into(), 1)
        );
        // Two insertions at one point conflict; identical edits are shared.
        let d = fix(vec![edit(0, 0, "a;")]);
        let e = fix(vec![edit(0, 0, "b;")]);
        assert_eq!(apply(text, &[d.clone(), e]).1, 1);
        let shared = fix(vec![edit(0, 0, "a;"), edit(21, 25, "0")]);
        assert_eq!(
            apply(text, &[d, shared]),
            ("a;listen(3000); listen(0);".into(), 2)
        );
        // Out of range or inside a character: not applied.
        assert_eq!(apply(text, &[fix(vec![edit(20, 99, "")])]).1, 0);
        assert_eq!(apply("é", &[fix(vec![edit(1, 1, "x")])]).1, 0);
    }

    #[test]
    fn a_fix_that_breaks_the_parse_is_dropped() {
        let text = "listen(3000);\n";
        let good = fix(vec![edit(7, 11, "0")]);
        let bad = fix(vec![edit(12, 13, "(")]);
        let (fixed, n) = apply_parsing(Lang::JavaScript, text, &[bad.clone(), good]).unwrap();
        assert_eq!((fixed.as_str(), n), ("listen(0);\n", 1));
        assert!(apply_parsing(Lang::JavaScript, text, &[bad]).is_none());
    }

    #[test]
    fn atomic_write_refuses_a_file_that_changed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.test.js");
        std::fs::write(&path, "old").unwrap();
        assert!(write_atomically(&path, b"other", b"new").is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        write_atomically(&path, b"old", b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
