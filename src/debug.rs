//! Hidden `isolint debug ...` commands for benchmarking and diagnosis.

use crate::discover::{discover, Discovery};
use crate::engine::read_file;
use crate::lang::Lang;
use crate::source::decode;
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

/// `isolint debug parse-only PATHS`: the floor `check` is measured against.
/// Walks, reads, decodes and parses every file `check` would, with the same
/// grammars and thread pool, and does nothing else. Prints files, bytes and
/// files with syntax errors.
pub fn parse_only(paths: &[PathBuf]) -> i32 {
    let paths = if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths.to_vec()
    };
    let discovered = match discover(&paths, &Discovery::default()) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("isolint: error: {e}");
            return crate::run::EXIT_ERROR;
        }
    };
    let bytes_total = AtomicUsize::new(0);
    let errors = AtomicUsize::new(0);
    discovered.files.par_iter().for_each(|input| {
        let Some(lang) = Lang::from_path(&input.path) else {
            return;
        };
        let Ok(bytes) = read_file(&input.path) else {
            return;
        };
        bytes_total.fetch_add(bytes.len(), Ordering::Relaxed);
        let Ok(text) = decode(bytes) else {
            return;
        };
        let mut parser = tree_sitter::Parser::new();
        if parser.set_language(&lang.grammar()).is_err() {
            return;
        }
        match parser.parse(&text, None) {
            Some(tree) if !tree.root_node().has_error() => {}
            _ => {
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
    crate::run::EXIT_CLEAN
}
