//! Hidden `isolint debug ...` commands for benchmarking and diagnosis.

use crate::discover::{discover, Discovery};
use crate::engine::read_file;
use crate::lang::Lang;
use crate::source::decode;
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The files `check` would see under `paths` (default `.`), or `None`
/// after printing why the walk failed.
fn discover_or_report(paths: &[PathBuf]) -> Option<crate::discover::Discovered> {
    let paths = if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths.to_vec()
    };
    match discover(&paths, &Discovery::default()) {
        Ok(d) => Some(d),
        Err(e) => {
            eprintln!("isolint: error: {e}");
            None
        }
    }
}

/// `isolint debug prefilter PATHS`: how many of the files `check` would
/// see each rule's triggers admit, and how many would be parsed at all.
pub fn prefilter(paths: &[PathBuf]) -> i32 {
    let Some(discovered) = discover_or_report(paths) else {
        return crate::run::EXIT_ERROR;
    };
    let rules = crate::rules::all();
    let filter = crate::prefilter::Prefilter::new(rules, true);
    let sets: Vec<(bool, crate::prefilter::RuleSet)> = discovered
        .files
        .par_iter()
        .filter_map(|input| {
            let lang = Lang::from_path(&input.path)?;
            let bytes = read_file(&input.path).ok()?;
            Some((lang.is_python(), filter.rules_for(lang, &bytes, false)))
        })
        .collect();
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    for (name, python) in [("JavaScript/TypeScript", false), ("Python", true)] {
        let of_lang: Vec<_> = sets.iter().filter(|(p, _)| *p == python).collect();
        if of_lang.is_empty() {
            continue;
        }
        let total = of_lang.len();
        let share = |n: usize| format!("{n:>6} ({:5.1}%)", 100.0 * n as f64 / total as f64);
        // Write errors (a closed pipe) end the report quietly.
        let _ = writeln!(out, "{name}: {total} files");
        for rule in rules {
            let n = of_lang.iter().filter(|(_, s)| s.contains(*rule)).count();
            let _ = writeln!(out, "  {:<24} {}", rule.id(), share(n));
        }
        let parsed = of_lang.iter().filter(|(_, s)| !s.is_empty()).count();
        let _ = writeln!(out, "  {:<24} {}", "parsed (any rule)", share(parsed));
    }
    crate::run::EXIT_CLEAN
}

/// `isolint debug parse-only PATHS`: the floor `check` is measured against.
/// Walks, reads, decodes and parses every file `check` would, with the same
/// grammars and thread pool, and does nothing else. Prints files, bytes and
/// files with syntax errors.
pub fn parse_only(paths: &[PathBuf], walk: bool) -> i32 {
    let Some(discovered) = discover_or_report(paths) else {
        return crate::run::EXIT_ERROR;
    };
    let bytes_total = AtomicUsize::new(0);
    let errors = AtomicUsize::new(0);
    let nodes = AtomicUsize::new(0);
    discovered.files.par_iter().for_each(|input| {
        let Some(parsed) = parse_one(input) else {
            return;
        };
        bytes_total.fetch_add(parsed.bytes, Ordering::Relaxed);
        if !parsed.decoded {
            return;
        }
        match parsed.tree {
            Some(tree) => {
                if tree.root_node().has_error() {
                    errors.fetch_add(1, Ordering::Relaxed);
                }
                if walk {
                    nodes.fetch_add(count_nodes(&tree), Ordering::Relaxed);
                }
            }
            None => {
                errors.fetch_add(1, Ordering::Relaxed);
            }
        }
    });
    println!(
        "parsed {} files, {} bytes, {} with syntax errors",
        discovered.files.len(),
        bytes_total.load(Ordering::Relaxed),
        errors.load(Ordering::Relaxed)
    );
    if walk {
        println!("walked every node, {} named", nodes.load(Ordering::Relaxed));
    }
    crate::run::EXIT_CLEAN
}

/// What parse-only did with one file.
pub(crate) struct ParsedOnly {
    /// Bytes read.
    pub bytes: usize,
    /// Whether the bytes decoded to text (the file was parsed).
    pub decoded: bool,
    /// The tree; `None` when decoding or parsing failed.
    pub tree: Option<tree_sitter::Tree>,
}

/// parse-only's work on one file: read, decode, parse with a fresh parser,
/// nothing else. `None` for a file of no known language or one that
/// cannot be read.
pub(crate) fn parse_one(input: &crate::engine::FileInput) -> Option<ParsedOnly> {
    let lang = Lang::from_path(&input.path)?;
    let bytes = read_file(&input.path).ok()?;
    let len = bytes.len();
    let Ok(text) = decode(bytes) else {
        return Some(ParsedOnly {
            bytes: len,
            decoded: false,
            tree: None,
        });
    };
    let mut parser = tree_sitter::Parser::new();
    parser.set_language(&lang.grammar()).ok()?;
    Some(ParsedOnly {
        bytes: len,
        decoded: true,
        tree: parser.parse(&text, None),
    })
}

/// The named nodes of `tree`, every node visited once in pre-order by the
/// walk the analysis uses ([`crate::walk`]).
fn count_nodes(tree: &tree_sitter::Tree) -> usize {
    let language = tree.language();
    let named: Vec<u8> = (0..language.node_kind_count())
        .map(|k| u8::from(u16::try_from(k).is_ok_and(|k| language.node_kind_is_named(k))))
        .collect();
    let mut nodes = Vec::new();
    crate::walk::nodes(tree.root_node(), &named, &mut nodes);
    // Kinds past the table (ERROR) are handed back too; count named ones.
    nodes.iter().filter(|n| n.is_named()).count()
}
