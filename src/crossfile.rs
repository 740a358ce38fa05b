//! Cross-file links: findings in different files that share a resource (the
//! same port, path or seed value) list each other as related locations.
//! Capped at [`MAX_RELATED`] per finding, nearest paths first, so output
//! stays linear in the number of findings.

use crate::finding::{Finding, Related};
use std::cmp::Ordering;
use std::collections::HashMap;
use std::path::Path;

pub const MAX_RELATED: usize = 10;

pub fn link(findings: &mut [Finding]) {
    let mut groups: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, f) in findings.iter().enumerate() {
        if let Some(key) = &f.cross_file {
            groups.entry(key.0.as_str()).or_default().push(i);
        }
    }
    // Collect edits first: the groups borrow the findings.
    let mut edits: Vec<(usize, Vec<Related>, usize)> = Vec::new();
    for members in groups.values() {
        let mut members = members.clone();
        // Sorted directory by directory, a directory's own files before its
        // subdirectories: every directory's files are then one run of the
        // list, nested inside the runs of the directories above it.
        members.sort_by(|&a, &b| tree_order(findings[a].path(), findings[b].path()));
        let distinct_files = {
            let mut paths: Vec<_> = members.iter().map(|&i| findings[i].path()).collect();
            paths.dedup();
            paths.len()
        };
        if distinct_files < 2 {
            continue;
        }
        for (pos, &i) in members.iter().enumerate() {
            let own = findings[i].path();
            let own_dir = own.parent().unwrap_or(Path::new(""));
            let mut related: Vec<Related> = Vec::new();
            let mut seen_files: Vec<&Path> = Vec::new();
            // Walk outwards from this finding's position. Moving away in
            // either direction, the directory shared with `own` only gets
            // shallower, so taking the side that shares the deeper one
            // lists the nearest paths first (same directory, then the
            // parent's subtree, ...), ties to the earlier path.
            let (mut left, mut right) = (pos, pos + 1);
            while related.len() < MAX_RELATED && (left > 0 || right < members.len()) {
                let depth = |k: usize| {
                    let dir = findings[members[k]]
                        .path()
                        .parent()
                        .unwrap_or(Path::new(""));
                    shared_depth(own_dir, dir)
                };
                let take_left =
                    left > 0 && (right >= members.len() || depth(left - 1) >= depth(right));
                let j = if take_left {
                    left -= 1;
                    members[left]
                } else {
                    right += 1;
                    members[right - 1]
                };
                let other = findings[j].path();
                if other == own || seen_files.contains(&other) {
                    continue;
                }
                seen_files.push(other);
                related.push(Related {
                    location: findings[j].location.clone(),
                    message: format!("{} here too", findings[j].cross_file_verb),
                });
            }
            edits.push((i, related, distinct_files - 1));
        }
    }
    for (i, related, others) in edits {
        let f = &mut findings[i];
        let verb = f.cross_file_verb;
        f.message.push_str(&format!(
            "; also {verb} in {others} other file{}",
            if others == 1 { "" } else { "s" }
        ));
        f.related.extend(related);
    }
}

/// Paths ordered by directory, component by component, a directory's own
/// files before its subdirectories.
fn tree_order(a: &Path, b: &Path) -> Ordering {
    let (da, db) = (
        a.parent().unwrap_or(Path::new("")),
        b.parent().unwrap_or(Path::new("")),
    );
    da.cmp(db).then_with(|| a.file_name().cmp(&b.file_name()))
}

/// How many leading directory components two directories share.
fn shared_depth(a: &Path, b: &Path) -> usize {
    a.components()
        .zip(b.components())
        .take_while(|(x, y)| x == y)
        .count()
}
