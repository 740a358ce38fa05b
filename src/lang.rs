//! Languages isolint reads, their tree-sitter grammars, and the queries
//! (from `queries/<language>/*.scm`) compiled once per process.

use crate::patterns::Patterns;
use std::path::Path;
use std::sync::OnceLock;
use tree_sitter::Language;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    JavaScript,
    TypeScript,
    Tsx,
    Python,
}

impl Lang {
    /// Every language isolint reads.
    pub const ALL: [Lang; 4] = [Lang::JavaScript, Lang::TypeScript, Lang::Tsx, Lang::Python];

    /// The language of a file by its extension, or `None` for files isolint
    /// does not read.
    pub fn from_path(path: &Path) -> Option<Lang> {
        let ext = path.extension()?.to_str()?;
        Some(match ext {
            "js" | "jsx" | "mjs" | "cjs" => Lang::JavaScript,
            "ts" | "mts" | "cts" => Lang::TypeScript,
            "tsx" => Lang::Tsx,
            "py" => Lang::Python,
            _ => return None,
        })
    }

    pub fn is_python(self) -> bool {
        self == Lang::Python
    }

    pub fn grammar(self) -> Language {
        match self {
            Lang::JavaScript => tree_sitter_javascript::LANGUAGE.into(),
            Lang::TypeScript => tree_sitter_typescript::LANGUAGE_TYPESCRIPT.into(),
            Lang::Tsx => tree_sitter_typescript::LANGUAGE_TSX.into(),
            Lang::Python => tree_sitter_python::LANGUAGE.into(),
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The text of this language's facts query.
    pub fn facts_source(self) -> &'static str {
        if self.is_python() {
            PYTHON_FACTS
        } else {
            JAVASCRIPT_FACTS
        }
    }

    /// The facts query for this language, compiled on first use.
    pub fn facts_patterns(self) -> &'static Patterns {
        static PATTERNS: [OnceLock<Patterns>; 4] = [
            OnceLock::new(),
            OnceLock::new(),
            OnceLock::new(),
            OnceLock::new(),
        ];
        PATTERNS[self.index()].get_or_init(|| {
            // The queries are part of the binary and covered by tests: a
            // failure here is a build defect, not bad input.
            Patterns::new(&self.grammar(), self.facts_source())
                .unwrap_or_else(|e| panic!("built-in {self:?} facts query is invalid: {e}"))
        })
    }
}

/// The bytes of `src` that a node the facts query matches cannot be
/// written without, marked one bit per byte (bit `i % 64` of word `i / 64`)
/// for [`crate::walk::visit_nodes_marked`]: the walk then skips subtrees
/// with no marked byte, which cannot hold a match.
///
/// Sound when every node a facts pattern roots at has a marked byte in its
/// nearest visible ancestor's range. Each pattern root (`queries/*/facts.scm`) and the byte
/// it is written with:
/// - JavaScript/TypeScript: calls `(` (tagged templates `` ` ``), `new`,
///   assignments `=` (augmented ones too), declarations and their
///   declarators `let` `const` `var` `using`, updates `+` `-`, `delete`,
///   `function`, methods `(`, `import`, `class`;
/// - Python: calls `(`, assignments `=` (annotated ones `:`), augmented
///   ones `=`, `del`, `def`, `global` `nonlocal`, `import`, `class`,
///   decorators `@`.
///
/// A keyword is marked wherever its letters occur (inside a longer name
/// too): a marked byte only means the walk looks inside. The test
/// `marked_walk_matches_like_the_full_walk` checks the claim on every
/// source file under `tests/` and `examples/`.
pub fn facts_marks(lang: Lang, src: &str) -> Vec<u64> {
    let bytes = src.as_bytes();
    let (punctuation, keywords) = if lang.is_python() {
        (*b"(=:@@", &PYTHON_KEYWORDS)
    } else {
        (*b"(=`+-", &JAVASCRIPT_KEYWORDS)
    };
    let mut marks = mark_bytes(bytes, punctuation);
    if let Some(searcher) = keywords.get_or_init(|| keywords_searcher(lang)) {
        for m in searcher.find_iter(bytes) {
            let at = m.start();
            marks[at / 64] |= 1 << (at % 64);
        }
    }
    marks
}

/// The keywords [`facts_marks`] marks beyond punctuation: those of the
/// matched nodes that can be written without it, where the node's parent
/// need not be a block that holds punctuation anyway: `let x;`, `var x;`,
/// `declare const x: T;`, `new Date`, `delete o.k`, `export class A {}`,
/// `import 'x'` in a TS `declare module`; `global n`, `del d[k]`, `import
/// os` in a function body. (`using` always takes `=`, a function or method
/// `(`.)
/// Non-overlapping matches suffice: a keyword standing alone is not inside
/// a longer run of letters.
fn keywords_searcher(lang: Lang) -> Option<aho_corasick::packed::Searcher> {
    let words: &[&str] = if lang.is_python() {
        &["del", "global", "nonlocal", "import", "class"]
    } else {
        &["let", "const", "var", "new", "delete", "import", "class"]
    };
    aho_corasick::packed::Searcher::new(words)
}

static JAVASCRIPT_KEYWORDS: OnceLock<Option<aho_corasick::packed::Searcher>> = OnceLock::new();
static PYTHON_KEYWORDS: OnceLock<Option<aho_corasick::packed::Searcher>> = OnceLock::new();

/// One bit per byte of `bytes`, set where the byte is one of `wanted`,
/// 64 to a word.
fn mark_bytes(bytes: &[u8], wanted: [u8; 5]) -> Vec<u64> {
    let mut marks = Vec::with_capacity(bytes.len().div_ceil(64));
    let mut chunks = bytes.chunks_exact(64);
    for chunk in &mut chunks {
        let mut block = [0u8; 64];
        block.copy_from_slice(chunk);
        marks.push(mark_block(&block, wanted));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // Zero bytes are not among the wanted ones.
        let mut block = [0u8; 64];
        block[..rest.len()].copy_from_slice(rest);
        marks.push(mark_block(&block, wanted));
    }
    marks
}

/// [`mark_bytes`] for one 64-byte block: sixteen bytes compared at once
/// with SSE2 (part of every x86-64 CPU), a scalar loop elsewhere. On dense
/// test files the scalar loop cost about 5 instructions a byte, as much as
/// the walk it lets skip saves.
#[inline]
fn mark_block(block: &[u8; 64], wanted: [u8; 5]) -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::*;
        // SAFETY: SSE2 is part of the x86-64 baseline; the loads read
        // 16-byte parts of `block`, which is 64 bytes long.
        unsafe {
            let needles = wanted.map(|b| _mm_set1_epi8(b as i8));
            let mut word = 0u64;
            for part in 0..4 {
                let v = _mm_loadu_si128(block.as_ptr().add(16 * part).cast());
                let mut hit = _mm_cmpeq_epi8(v, needles[0]);
                for needle in &needles[1..] {
                    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, *needle));
                }
                let bits = _mm_movemask_epi8(hit) as u32 as u64;
                word |= bits << (16 * part);
            }
            word
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        block
            .iter()
            .enumerate()
            .filter(|(_, b)| wanted.contains(b))
            .fold(0u64, |word, (i, _)| word | 1 << i)
    }
}

/// Shared by JavaScript, TypeScript and TSX: the TypeScript grammars extend
/// the JavaScript one, so one query serves all three.
pub const JAVASCRIPT_FACTS: &str = include_str!("../queries/javascript/facts.scm");
pub const PYTHON_FACTS: &str = include_str!("../queries/python/facts.scm");

#[cfg(test)]
mod tests {
    use super::*;

    /// The queries stay valid tree-sitter queries (for editors and other
    /// tools) and compile in isolint's matcher, with the same patterns.
    #[test]
    fn every_query_compiles_for_every_grammar() {
        for lang in Lang::ALL {
            let query = tree_sitter::Query::new(&lang.grammar(), lang.facts_source())
                .expect("valid tree-sitter query");
            assert!(lang.facts_patterns().pattern_count() > 0);
            assert_eq!(lang.facts_patterns().pattern_count(), query.pattern_count());
        }
    }

    /// Every match of the facts query under [`facts_marks`] (the walk not
    /// entering unmarked subtrees) is a match of the full walk and the
    /// other way round, in the same order, on every source file under
    /// `tests/` and in `ISOLINT_PATTERN_DIFF_DIRS` that parses cleanly;
    /// and the marks skip something, or they would be pure cost.
    #[test]
    fn marked_walk_matches_like_the_full_walk() {
        let (mut matches, mut files_with_skips) = (0, 0);
        let files = crate::testing::for_each_source_file(|lang, path, src, tree| {
            let root = tree.root_node();
            if root.has_error() {
                return;
            }
            let patterns = lang.facts_patterns();
            // Each match as its pattern and captures, a capture as its
            // index, position and text (what a failure shows).
            let listed = |marks: Option<&[u64]>| {
                let mut out = Vec::new();
                patterns.for_each_match_marked(root, marks, |p, caps| {
                    let caps: Vec<_> = caps
                        .iter()
                        .map(|c| (c.index, c.node.byte_range(), &src[c.node.byte_range()]))
                        .collect();
                    out.push((p, caps));
                });
                out
            };
            let marks = facts_marks(lang, src);
            assert_eq!(marks.len(), src.len().div_ceil(64), "{}", path.display());
            let full = listed(None);
            let marked = listed(Some(&marks));
            let missed: Vec<_> = full.iter().filter(|m| !marked.contains(m)).collect();
            assert!(missed.is_empty(), "{}: missed {missed:?}", path.display());
            assert_eq!(marked, full, "{}", path.display());
            matches += full.len();
            let mut entered = 0;
            crate::walk::visit_nodes_marked(root, &[], Some(&marks), |_| entered += 1);
            let mut all = 0;
            crate::walk::visit_nodes(root, &[], |_| all += 1);
            if entered < all {
                files_with_skips += 1;
            }
        });
        assert!(
            files > 100 && matches > 1000,
            "{files} files, {matches} matches"
        );
        assert!(
            files_with_skips * 2 > files,
            "{files_with_skips} of {files} files skip a subtree"
        );
    }

    /// Bytes are marked exactly where the punctuation or a keyword is, in
    /// every 64-byte word (the last one short).
    #[test]
    fn marks_sit_on_punctuation_and_keywords() {
        let src = format!("{}let x;\nf(a) {}new Y", " ".repeat(60), "z".repeat(70));
        let marks = facts_marks(Lang::JavaScript, &src);
        let marked: Vec<usize> = (0..src.len())
            .filter(|&i| marks[i / 64] & (1 << (i % 64)) != 0)
            .collect();
        assert_eq!(marked, vec![60, 68, 142]);
        let py = "import os\nx: int\ndel y\n";
        let marks = facts_marks(Lang::Python, py);
        let marked: Vec<usize> = (0..py.len())
            .filter(|&i| marks[0] & (1 << i) != 0)
            .collect();
        assert_eq!(marked, vec![0, 11, 17]);
    }
}
