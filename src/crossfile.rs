//! Cross-file links: findings in different files that share a resource (the
//! same port, path or seed value) list each other as related locations.
//! Capped at [`MAX_RELATED`] per finding, nearest paths first, so output
//! stays linear in the number of findings.

use crate::finding::{Finding, Related};
use std::collections::HashMap;

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
        // Sorted by path, neighbours in the list are the nearest paths.
        members.sort_by(|&a, &b| findings[a].path().cmp(findings[b].path()));
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
            let mut related: Vec<Related> = Vec::new();
            let mut seen_files: Vec<&std::path::Path> = Vec::new();
            // Walk outwards from this finding's position in path order.
            let mut step = 1;
            while related.len() < MAX_RELATED && (step <= pos || pos + step < members.len()) {
                for candidate in [pos.checked_sub(step), Some(pos + step)] {
                    let Some(&j) = candidate.and_then(|c| members.get(c)) else {
                        continue;
                    };
                    let other = findings[j].path();
                    if other == own || seen_files.contains(&other) || related.len() >= MAX_RELATED {
                        continue;
                    }
                    seen_files.push(other);
                    related.push(Related {
                        location: findings[j].location.clone(),
                        message: format!("{} here too", findings[j].cross_file_verb),
                    });
                }
                step += 1;
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
