//! Reading a file into text: BOMs, UTF-16, invalid UTF-8, and the mapping
//! from byte offsets to 1-based line/column positions.

use crate::finding::{Pos, Span};
use std::path::Path;

/// Why a file could not be turned into text.
#[derive(Debug)]
pub enum DecodeError {
    InvalidUtf8 { offset: usize },
    InvalidUtf16,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::InvalidUtf8 { offset } => write!(
                f,
                "not valid UTF-8 (first bad byte at offset {offset}); re-save the file as UTF-8"
            ),
            DecodeError::InvalidUtf16 => {
                write!(f, "has a UTF-16 byte-order mark but is not valid UTF-16")
            }
        }
    }
}

/// Decodes raw file bytes: strips a UTF-8 BOM, converts UTF-16 (with BOM),
/// and rejects anything else that is not UTF-8.
pub fn decode(bytes: Vec<u8>) -> Result<String, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return String::from_utf8(rest.to_vec()).map_err(|e| DecodeError::InvalidUtf8 {
            offset: e.utf8_error().valid_up_to() + 3,
        });
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let little = bytes[0] == 0xFF;
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| {
                let pair = [c[0], *c.get(1).unwrap_or(&0)];
                if little {
                    u16::from_le_bytes(pair)
                } else {
                    u16::from_be_bytes(pair)
                }
            })
            .collect();
        return String::from_utf16(&units).map_err(|_| DecodeError::InvalidUtf16);
    }
    String::from_utf8(bytes).map_err(|e| DecodeError::InvalidUtf8 {
        offset: e.utf8_error().valid_up_to(),
    })
}

/// Maps byte offsets of one text to 1-based line and column (in chars).
///
/// The line starts are listed on the first lookup: most analysed files
/// report nothing and never need them (on the dense corpus, listing them
/// for every file was 0.4% of the parse).
pub struct LineIndex {
    line_starts: std::cell::OnceCell<Vec<usize>>,
}

impl LineIndex {
    /// An index of `text`, which every lookup must be given again.
    pub fn new(_text: &str) -> Self {
        LineIndex {
            line_starts: std::cell::OnceCell::new(),
        }
    }

    fn starts(&self, text: &str) -> &[usize] {
        self.line_starts.get_or_init(|| {
            let mut line_starts = Vec::with_capacity(text.len() / 32 + 1);
            line_starts.push(0);
            line_starts.extend(memchr_newlines(text.as_bytes()));
            line_starts
        })
    }

    pub fn pos(&self, text: &str, byte: usize) -> Pos {
        let byte = byte.min(text.len());
        let starts = self.starts(text);
        let line = match starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = starts[line];
        let column = text
            .get(start..byte)
            .map(|s| s.chars().count())
            .unwrap_or(byte - start)
            + 1;
        Pos {
            line: line + 1,
            column,
        }
    }

    pub fn span(&self, text: &str, start_byte: usize, end_byte: usize) -> Span {
        Span {
            start_byte,
            end_byte,
            start: self.pos(text, start_byte),
            end: self.pos(text, end_byte),
        }
    }

    /// The byte range of the 1-based line `line` (without its newline).
    pub fn line_range(&self, text: &str, line: usize) -> Option<(usize, usize)> {
        let starts = self.starts(text);
        let start = *starts.get(line.checked_sub(1)?)?;
        let end = starts.get(line).map(|n| n - 1).unwrap_or(text.len());
        let end = if end > start && text.as_bytes().get(end - 1) == Some(&b'\r') {
            end - 1
        } else {
            end
        };
        Some((start, end.max(start)))
    }
}

/// The start of every line after the first: one past each `\n`, found by
/// memchr's vectorised search.
pub(crate) fn memchr_newlines(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'\n', bytes).map(|i| i + 1)
}

/// The current directory, asked of the OS once per process: isolint never
/// changes directory, and paths are made absolute and shown relative to it
/// several times per file (a `getcwd` system call each time, which with the
/// path rebuilding around it was a quarter of a warm run's instructions).
pub fn working_dir() -> Option<&'static Path> {
    static CWD: std::sync::OnceLock<Option<std::path::PathBuf>> = std::sync::OnceLock::new();
    CWD.get_or_init(|| std::env::current_dir().ok()).as_deref()
}

/// `path` with `.` and `..` resolved lexically (paths may name files that
/// are gone, or be reached through links that must not be followed).
pub fn normalise(path: &Path) -> std::path::PathBuf {
    use std::path::Component;
    let mut out = std::path::PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// `path` (absolute, or relative to the current directory) relative to the
/// top of the git repository holding the current directory, when it lies
/// inside that repository: how GitHub names files in annotations and code
/// scanning, wherever in the checkout isolint ran.
pub fn repository_relative(path: &Path) -> Option<std::path::PathBuf> {
    let cwd = working_dir()?;
    let top = repository_top(cwd)?;
    let absolute = normalise(&cwd.join(path));
    absolute.strip_prefix(top).ok().map(Path::to_path_buf)
}

/// The top of the git repository holding `dir`: the nearest of `dir` and
/// its ancestors that holds `.git` (a directory, or a file in a worktree or
/// submodule), looking at most `MAX_LEVELS` up.
pub fn repository_top(dir: &Path) -> Option<&Path> {
    const MAX_LEVELS: usize = 32;
    dir.ancestors()
        .take(MAX_LEVELS)
        .find(|d| d.join(".git").exists())
}

/// A path shown to users: relative to the current directory when possible,
/// with forward slashes.
pub fn display_path(path: &Path) -> String {
    let rel = working_dir()
        .and_then(|c| path.strip_prefix(c).ok())
        .unwrap_or(path);
    let s = rel.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_owned).unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_bom_and_utf16() {
        assert_eq!(decode(b"\xEF\xBB\xBFabc".to_vec()).unwrap(), "abc");
        assert_eq!(decode(vec![0xFF, 0xFE, b'a', 0, b'b', 0]).unwrap(), "ab");
        assert!(matches!(
            decode(vec![b'a', 0xFF, b'b']),
            Err(DecodeError::InvalidUtf8 { offset: 1 })
        ));
    }

    #[test]
    fn positions_are_one_based_chars() {
        let text = "ab\r\néx = 1\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.pos(text, 0), Pos { line: 1, column: 1 });
        let x = text.find('x').unwrap();
        assert_eq!(idx.pos(text, x), Pos { line: 2, column: 2 });
        assert_eq!(idx.line_range(text, 1), Some((0, 2)));
    }
}
