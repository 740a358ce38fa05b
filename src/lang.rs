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
}
