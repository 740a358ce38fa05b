//! Baselines: record today's findings (`--write-baseline FILE`), then report
//! only new ones (`--baseline FILE`).
//!
//! A finding's fingerprint is (rule, file, normalised offending snippet,
//! occurrence index of that snippet for that rule in the file), never the
//! line: inserting or deleting unrelated lines keeps every entry matching.
//! Paths are stored relative to the baseline file's directory, with `/`.

use crate::config::absolute;
use crate::finding::Finding;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

const VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Entry {
    pub path: String,
    pub rule: String,
    pub snippet: String,
    /// Which occurrence of this (rule, path, snippet) in source order.
    #[serde(default)]
    pub index: usize,
    /// Informational only (not matched on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

impl Entry {
    fn key(&self) -> (&str, &str, &str, usize) {
        (&self.path, &self.rule, &self.snippet, self.index)
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct File {
    version: u32,
    findings: Vec<Entry>,
}

pub struct Baseline {
    dir: PathBuf,
    entries: Vec<Entry>,
}

/// The outcome of filtering findings through a baseline.
pub struct Filtered {
    pub kept: Vec<Finding>,
    pub baselined: usize,
    /// Entries for checked files that no longer occur.
    pub stale: Vec<Entry>,
}

/// The baseline entries of `findings`, in the same order.
fn entries(findings: &[Finding], dir: &Path) -> Vec<Entry> {
    let mut order: Vec<usize> = (0..findings.len()).collect();
    order.sort_by_key(|&i| {
        let f = &findings[i];
        (
            f.path().to_path_buf(),
            f.span().start_byte,
            f.span().end_byte,
        )
    });
    let mut seen: HashMap<(String, &str, &str), usize> = HashMap::new();
    let mut out: Vec<Option<Entry>> = vec![None; findings.len()];
    for i in order {
        let f = &findings[i];
        let path = rel_path(f.path(), dir);
        let n = seen
            .entry((path.clone(), f.rule, f.snippet.as_str()))
            .or_insert(0);
        out[i] = Some(Entry {
            path,
            rule: f.rule.to_string(),
            snippet: f.snippet.clone(),
            index: *n,
            line: Some(f.span().start.line),
        });
        *n += 1;
    }
    out.into_iter().flatten().collect()
}

fn rel_path(path: &Path, dir: &Path) -> String {
    let abs = absolute(path);
    let rel = abs.strip_prefix(dir).unwrap_or(&abs);
    rel.to_string_lossy().replace('\\', "/")
}

fn dir_of(file: &Path) -> PathBuf {
    absolute(file.parent().unwrap_or(Path::new(".")))
}

/// Writes the findings as a baseline file.
pub fn write(file: &Path, findings: &[Finding]) -> Result<usize, String> {
    let mut list = entries(findings, &dir_of(file));
    list.sort();
    let n = list.len();
    let doc = File {
        version: VERSION,
        findings: list,
    };
    let text = serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())?;
    std::fs::write(file, text + "\n").map_err(|e| {
        format!(
            "cannot write baseline `{}`: {e}; check that its directory exists and is writable",
            file.display()
        )
    })?;
    Ok(n)
}

impl Baseline {
    pub fn load(file: &Path) -> Result<Baseline, String> {
        let shown = file.display();
        let text = std::fs::read_to_string(file).map_err(|e| {
            format!("cannot read baseline `{shown}`: {e}; create it with `isolint check --write-baseline {shown}`")
        })?;
        let doc: File = serde_json::from_str(&text).map_err(|e| {
            format!("baseline `{shown}` is not a valid isolint baseline ({e}); regenerate it with `isolint check --write-baseline {shown}`")
        })?;
        if doc.version != VERSION {
            return Err(format!(
                "baseline `{shown}` has version {}, this isolint reads version {VERSION}; regenerate it with `isolint check --write-baseline {shown}`",
                doc.version
            ));
        }
        Ok(Baseline {
            dir: dir_of(file),
            entries: doc.findings,
        })
    }

    /// Drops findings present in the baseline. `checked` are the files of
    /// this run: only their entries can be stale.
    pub fn filter(&self, findings: Vec<Finding>, checked: &[PathBuf]) -> Filtered {
        let known: HashSet<_> = self.entries.iter().map(Entry::key).collect();
        let current = entries(&findings, &self.dir);
        let current_keys: HashSet<_> = current.iter().map(Entry::key).collect();
        let mut kept = Vec::new();
        let mut baselined = 0;
        for (f, e) in findings.into_iter().zip(&current) {
            if known.contains(&e.key()) {
                baselined += 1;
            } else {
                kept.push(f);
            }
        }
        let checked: HashSet<String> = checked.iter().map(|p| rel_path(p, &self.dir)).collect();
        let stale = self
            .entries
            .iter()
            .filter(|e| checked.contains(&e.path) && !current_keys.contains(&e.key()))
            .cloned()
            .collect();
        Filtered {
            kept,
            baselined,
            stale,
        }
    }
}
