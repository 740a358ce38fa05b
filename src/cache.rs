//! The results cache: per-file findings and notices, keyed by the file's
//! content hash, its role, the isolint version, the prefilter mode, and the
//! file's effective settings (enabled rules with their triggers, isolation
//! config, runner/project facts): settings come from the nearest config, so
//! each entry records the fingerprint of the settings it was computed with.
//!
//! Stored in `.isolint_cache/` at the project root (the nearest ancestor of
//! the first checked path holding `.git`, `isolint.toml`, `pyproject.toml`
//! or `package.json`), which holds a `.gitignore` of `*` and a
//! `CACHEDIR.TAG`, like Ruff's. One file per settings fingerprint; it is
//! written to a temporary file and renamed into place, so two runs at once
//! never leave a torn file (the last one to finish wins). A file whose
//! length or checksum does not match its header is ignored, never trusted.
//!
//! A file is read and hashed on every run, except one whose entry recorded
//! its `stat` (size, modification and change times, inode) and whose `stat`
//! is the same now: the test git and Ruff use to skip unchanged files. It
//! covers the files that need nothing else from their bytes on a hit (no
//! suppression comment, no facts from their imports), most of a tree. An
//! entry records a `stat` only when the file was last changed at least two
//! seconds before it was read, so a change within the same timestamp tick
//! cannot hide behind an equal `stat`; any write moves the change time,
//! which no tool can set back, so a rewrite of the same size with the old
//! modification time restored is still seen.
//!
//! Only per-file results are cached: cross-file linking runs on every run
//! over cached and fresh findings alike, so a warm run where one file
//! changed still links that file's findings with every other file's.

use crate::engine::{check_bytes_for, read_file, FileInput, FileOutcome, Notice, Settings};
use crate::finding::{CrossFileKey, Finding, Location, Pos, Related, Severity, Span};
use crate::prefilter::Prefilter;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use xxhash_rust::xxh3::{xxh3_128, xxh3_64};

pub const CACHE_DIR: &str = ".isolint_cache";
const MAGIC: &str = "isolint-cache";
/// Bumped when the entry format changes.
const FORMAT: u32 = 5;

/// A loaded cache: the entries of the previous run, and those of this run.
pub struct Cache {
    dir: PathBuf,
    file: PathBuf,
    old: HashMap<String, Entry>,
    new: Mutex<Vec<(String, Entry)>>,
    /// Entries of `old` that hit by hash and can now record a [`Stamp`]
    /// (the file was touched, or had changed just before it was analysed).
    restamped: Mutex<Vec<(String, Stamp)>>,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    /// xxh3-128 of the raw bytes, as two halves (JSON has no u128).
    hash: [u64; 2],
    role: String,
    /// Fingerprint of the file's effective settings.
    settings: u64,
    findings: Vec<CachedFinding>,
    notices: Vec<Notice>,
    /// For an analysed file: the fingerprint of its settings completed
    /// with what depends on its bytes (imported base classes). A file the
    /// prefilter turned away needed none, and `None` spares a warm run from
    /// computing them: unchanged bytes are turned away again.
    source_settings: Option<u64>,
    /// Whether the bytes mention `isolint` at all: a cache hit reads
    /// suppression comments from the source only then (the search over
    /// every file's bytes was a fifteenth of a warm run).
    mentions_isolint: bool,
    /// The file's [`Stamp`] when it was read, if it had been still long
    /// enough to be trusted (see the module doc).
    #[serde(default)]
    stamp: Option<Stamp>,
}

/// What `stat` says of a file: size, modification and change times
/// (seconds and nanoseconds), inode.
type Stamp = [i64; 6];

/// `path`'s [`Stamp`], or `None` when it cannot be read, the platform has
/// no change time, or the file changed less than two seconds ago.
#[cfg(unix)]
fn stamp_of(path: &Path) -> Option<Stamp> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path).ok()?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    if !still_long_enough(meta.mtime().max(meta.ctime()), i64::try_from(now).ok()?) {
        return None;
    }
    Some([
        i64::try_from(meta.len()).ok()?,
        meta.mtime(),
        meta.mtime_nsec(),
        meta.ctime(),
        meta.ctime_nsec(),
        // Compared for equality only.
        meta.ino() as i64,
    ])
}

#[cfg(not(unix))]
fn stamp_of(_path: &Path) -> Option<Stamp> {
    None
}

/// Whether a file last changed at `changed` (seconds) has been still long
/// enough at `now` for its stamp to be trusted: timestamps are coarse on
/// some file systems, and a second write within the same tick would leave
/// the stamp as it was.
fn still_long_enough(changed: i64, now: i64) -> bool {
    now.saturating_sub(changed) >= 2
}

/// A [`Finding`] with every field, including those the JSON report skips.
#[derive(Serialize, Deserialize)]
struct CachedFinding {
    rule: String,
    location: CachedLocation,
    message: String,
    help: String,
    severity: Severity,
    related: Vec<(CachedLocation, String)>,
    snippet: String,
    cross_file: Option<String>,
    verb: String,
    subject: Option<usize>,
    #[serde(default)]
    fix: Option<CachedFix>,
}

#[derive(Serialize, Deserialize)]
struct CachedFix {
    title: String,
    applicability: crate::finding::Applicability,
    /// Each edit's span (as [`CachedLocation::span`]) and content.
    edits: Vec<([usize; 6], String)>,
}

#[derive(Serialize, Deserialize)]
struct CachedLocation {
    path: String,
    /// start byte, end byte, start line, start column, end line, end column.
    span: [usize; 6],
}

impl Cache {
    /// Opens (or starts) the cache for `paths` under these settings. `None`
    /// when no cache directory can be created: the run goes on uncached.
    pub fn open(paths: &[PathBuf], prefilter_on: bool) -> Option<Cache> {
        let root = project_root(
            paths
                .first()
                .map(PathBuf::as_path)
                .unwrap_or(Path::new(".")),
        );
        let dir = root.join(CACHE_DIR);
        if std::fs::create_dir_all(&dir).is_err() {
            return None;
        }
        // Best effort: the cache works without them.
        let ignore = dir.join(".gitignore");
        if !ignore.exists() {
            let _ = std::fs::write(&ignore, "# Automatically created by isolint.\n*\n");
            let _ = std::fs::write(
                dir.join("CACHEDIR.TAG"),
                "Signature: 8a477f597d28d172789f06886806bc55\n# isolint results cache\n",
            );
        }
        prune_old_formats(&dir);
        // The build itself is part of the key: rule code changes without a
        // version bump during development, and an older binary's findings
        // would mislead.
        let build = std::env::current_exe()
            .ok()
            .and_then(|exe| std::fs::metadata(exe).ok())
            .map(|m| format!("{:?}{}", m.modified().ok(), m.len()))
            .unwrap_or_default();
        let run_key = format!("{}\n{}\n{build}", env!("CARGO_PKG_VERSION"), prefilter_on);
        let file = dir.join(format!(
            "v{FORMAT}-{:016x}.cache",
            xxh3_64(run_key.as_bytes())
        ));
        let old = std::fs::read(&file)
            .ok()
            .and_then(|b| parse(&b))
            .unwrap_or_default();
        Some(Cache {
            dir,
            file,
            old,
            new: Mutex::new(Vec::new()),
            restamped: Mutex::new(Vec::new()),
        })
    }

    /// A cached outcome for these bytes and settings, and the completed
    /// settings' fingerprint it also needs (see [`Entry::source_settings`]).
    fn lookup(
        &self,
        key: &str,
        hash: [u64; 2],
        role: &str,
        settings: u64,
    ) -> Option<(FileOutcome, Option<u64>, bool)> {
        let entry = self.old.get(key)?;
        if entry.hash != hash || entry.role != role || entry.settings != settings {
            return None;
        }
        let findings = entry
            .findings
            .iter()
            .map(CachedFinding::to_finding)
            .collect::<Option<Vec<_>>>()?;
        let outcome = FileOutcome {
            path: Arc::new(PathBuf::from(key)),
            findings,
            notices: entry.notices.clone(),
            suppressions: Default::default(),
        };
        Some((outcome, entry.source_settings, entry.mentions_isolint))
    }

    /// A cached outcome for a file whose `stat` is the one its entry
    /// recorded, without reading it: only when the hit needs nothing else
    /// from the bytes (no suppression comments to read, no settings that
    /// depend on the file's imports).
    fn lookup_unchanged(
        &self,
        key: &str,
        stamp: Stamp,
        role: &str,
        settings: u64,
    ) -> Option<FileOutcome> {
        let entry = self.old.get(key)?;
        if entry.stamp != Some(stamp) || entry.mentions_isolint || entry.source_settings.is_some() {
            return None;
        }
        let (outcome, _, _) = self.lookup(key, entry.hash, role, settings)?;
        Some(outcome)
    }

    /// Notes that `key`'s entry hit by hash and the file's stamp is now
    /// `stamp`, for [`Cache::save`] to record.
    fn restamp(&self, key: &str, stamp: Stamp) {
        if self.old.get(key).is_some_and(|e| e.stamp != Some(stamp)) {
            if let Ok(mut restamped) = self.restamped.lock() {
                restamped.push((key.to_string(), stamp));
            }
        }
    }

    fn store(&self, key: String, entry: Entry) {
        if let Ok(mut new) = self.new.lock() {
            new.push((key, entry));
        }
    }

    /// Writes this run's entries, plus the previous run's entries for files
    /// this run did not check and that still exist, atomically.
    ///
    /// A run that computed nothing new (every file a cache hit, none newly
    /// stamped) leaves the file as it is: rewriting it would cost a warm run about a twentieth
    /// of its time, and entries of files deleted since are pruned by the
    /// next run that writes.
    pub fn save(self) {
        let (Ok(new), Ok(restamped)) = (self.new.into_inner(), self.restamped.into_inner()) else {
            return;
        };
        if new.is_empty() && restamped.is_empty() {
            return;
        }
        let mut merged = self.old;
        for (key, stamp) in restamped {
            if let Some(entry) = merged.get_mut(&key) {
                entry.stamp = Some(stamp);
            }
        }
        let fresh: std::collections::HashSet<&str> = new.iter().map(|(k, _)| k.as_str()).collect();
        merged.retain(|k, _| !fresh.contains(k.as_str()) && Path::new(k).exists());
        drop(fresh);
        merged.extend(new);
        let Ok(body) = serde_json::to_vec(&merged) else {
            return;
        };
        let header = format!("{MAGIC} {FORMAT} {} {:016x}\n", body.len(), xxh3_64(&body));
        let tmp = self.dir.join(format!(
            ".tmp-{}-{:x}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0)
        ));
        let written = std::fs::File::create(&tmp).and_then(|mut f| {
            f.write_all(header.as_bytes())?;
            f.write_all(&body)?;
            f.flush()
        });
        if written.is_err() || std::fs::rename(&tmp, &self.file).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}

/// Checks one file through the cache and the prefilter: read once, hash,
/// reuse a cached result for identical bytes, else scan for triggers and
/// parse only when a rule could report.
///
/// `source_facts` completes the settings with what depends on the file's
/// bytes (imported base classes). It runs only for a file that is analysed,
/// or whose cached analysis is being checked: a file the prefilter turns
/// away does not need it, and its bytes are turned away again.
pub fn check_input(
    input: &FileInput,
    mut settings: Settings,
    source_facts: impl FnOnce(&[u8], &mut Settings),
    prefilter: &Prefilter,
    cache: Option<&Cache>,
) -> FileOutcome {
    let shown = crate::source::display_path(&input.path);
    let read_timer = crate::timings::time(crate::timings::Phase::Read);
    let role = format!(
        "{:?}{}",
        input.role,
        if input.fixture_module {
            "+fixtures"
        } else {
            ""
        }
    );
    let settings_key = cache.map(|_| fingerprint(&settings)).unwrap_or(0);
    // Taken before the read: a change in between leaves an entry whose
    // stamp is older than its bytes, which the next run re-reads.
    let stamp = cache.and_then(|_| stamp_of(&input.path));
    if let (Some(cache), Some(stamp)) = (cache, stamp) {
        if let Some(hit) = cache.lookup_unchanged(&shown, stamp, &role, settings_key) {
            return hit;
        }
    }
    let bytes = match read_file(&input.path) {
        Ok(b) => b,
        Err(e) => {
            return FileOutcome {
                path: Arc::new(PathBuf::from(&shown)),
                findings: Vec::new(),
                notices: vec![Notice {
                    path: shown,
                    message: format!("cannot read file: {e}; skipped"),
                    line: None,
                }],
                suppressions: Default::default(),
            }
        }
    };
    let hash = cache.map(|_| {
        let h = xxh3_128(&bytes);
        [(h >> 64) as u64, h as u64]
    });
    drop(read_timer);
    let mut source_facts = Some(source_facts);
    let mut complete = |settings: &mut Settings| {
        if let Some(add) = source_facts.take() {
            add(&bytes, settings);
        }
    };
    if let (Some(cache), Some(hash)) = (cache, hash) {
        if let Some((mut hit, needs, mentions)) = cache.lookup(&shown, hash, &role, settings_key) {
            let valid = match needs {
                None => true,
                Some(key) => {
                    complete(&mut settings);
                    fingerprint(&settings) == key
                }
            };
            if valid {
                if let Some(stamp) = stamp {
                    cache.restamp(&shown, stamp);
                }
                // Suppression comments are read from the source on every
                // run, of the files that mention isolint.
                hit.suppressions = suppressions_of(&input.path, bytes, mentions);
                return hit;
            }
        }
    }
    let lang = crate::lang::Lang::from_path(&input.path);
    let prefilter_timer = crate::timings::time(crate::timings::Phase::Prefilter);
    let rules = lang.map_or(crate::prefilter::RuleSet::EMPTY, |lang| {
        prefilter.rules_for(lang, &bytes, !settings.project.extras.is_empty())
    });
    drop(prefilter_timer);
    let (outcome, source_settings, mentions) = if !rules.is_empty() {
        complete(&mut settings);
        let source_settings = cache.map(|_| fingerprint(&settings));
        // Only the cache needs it: the engine reads suppressions itself.
        let mentions = cache.is_some() && mentions_isolint(&bytes);
        (
            check_bytes_for(input, bytes, &settings, rules),
            source_settings,
            mentions,
        )
    } else {
        let mentions = mentions_isolint(&bytes);
        let outcome = FileOutcome {
            path: Arc::new(PathBuf::from(&shown)),
            findings: Vec::new(),
            notices: Vec::new(),
            // Still read, for --report-unused-suppressions.
            suppressions: suppressions_of(&input.path, bytes, mentions),
        };
        (outcome, None, mentions)
    };
    if let (Some(cache), Some(hash)) = (cache, hash) {
        let entry = Entry {
            hash,
            role,
            settings: settings_key,
            findings: outcome.findings.iter().map(CachedFinding::from).collect(),
            notices: outcome.notices.clone(),
            source_settings,
            mentions_isolint: mentions,
            stamp,
        };
        cache.store(shown, entry);
    }
    outcome
}

/// Bounds the cache directory: files of other entry formats can never be
/// read again, and every build gets its own file (see [`Cache::open`]), so
/// only the most recent few of the current format are kept.
fn prune_old_formats(dir: &Path) {
    const KEEP: usize = 4;
    let current = format!("v{FORMAT}-");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut ours = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with('v') && name.ends_with(".cache")) {
            continue;
        }
        if !name.starts_with(&current) {
            let _ = std::fs::remove_file(entry.path());
            continue;
        }
        let modified = entry.metadata().and_then(|m| m.modified()).ok();
        ours.push((modified, entry.path()));
    }
    ours.sort_by_key(|(modified, _)| std::cmp::Reverse(*modified));
    for (_, path) in ours.into_iter().skip(KEEP) {
        let _ = std::fs::remove_file(path);
    }
}

/// Whether `bytes` can hold a suppression comment at all.
fn mentions_isolint(bytes: &[u8]) -> bool {
    memchr::memmem::find(bytes, b"isolint").is_some()
}

/// Suppression comments of a file the engine did not analyse, given
/// [`mentions_isolint`] of its bytes.
fn suppressions_of(
    path: &Path,
    bytes: Vec<u8>,
    mentions: bool,
) -> crate::suppress::FileSuppressions {
    match (mentions, crate::lang::Lang::from_path(path)) {
        (true, Some(lang)) => match crate::source::decode(bytes) {
            Ok(text) => crate::suppress::scan(&text, lang.is_python()),
            Err(_) => Default::default(),
        },
        _ => Default::default(),
    }
}

/// What makes a file's cached results valid beyond its bytes: the enabled
/// rules (with their triggers) and everything configuration adds.
fn fingerprint(settings: &Settings) -> u64 {
    use std::hash::{Hash, Hasher};
    // Hashed, not formatted: this runs once per file.
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for rule in &settings.rules {
        rule.id().hash(&mut h);
    }
    rules_and_build_key().hash(&mut h);
    settings.isolation.hash(&mut h);
    settings.project.hash(&mut h);
    h.finish()
}

/// Every rule's triggers and the build itself, once per process: rule code
/// changes without a version bump during development, and stale findings
/// from an older binary would mislead.
fn rules_and_build_key() -> u64 {
    static KEY: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *KEY.get_or_init(|| {
        let mut key = String::with_capacity(4096);
        for rule in crate::rules::all() {
            key.push_str(&format!("{}{:?}\n", rule.id(), rule.triggers()));
        }
        if let Some(meta) = std::env::current_exe()
            .ok()
            .and_then(|exe| std::fs::metadata(exe).ok())
        {
            key.push_str(&format!("{:?}{}\n", meta.modified().ok(), meta.len()));
        }
        xxh3_64(key.as_bytes())
    })
}

/// Parses a cache file, or `None` if its header, length or checksum is off.
fn parse(bytes: &[u8]) -> Option<HashMap<String, Entry>> {
    let newline = bytes.iter().position(|&b| b == b'\n')?;
    let header = std::str::from_utf8(&bytes[..newline]).ok()?;
    let body = &bytes[newline + 1..];
    let mut parts = header.split(' ');
    if parts.next()? != MAGIC || parts.next()?.parse::<u32>().ok()? != FORMAT {
        return None;
    }
    let len: usize = parts.next()?.parse().ok()?;
    let sum = u64::from_str_radix(parts.next()?, 16).ok()?;
    if body.len() != len || xxh3_64(body) != sum {
        return None;
    }
    serde_json::from_slice(body).ok()
}

/// The nearest ancestor of `start` that looks like a project root, else
/// `start` itself (or its directory, for a file).
pub fn project_root(start: &Path) -> PathBuf {
    let abs = std::path::absolute(start).unwrap_or_else(|_| start.to_path_buf());
    let base = if abs.is_dir() {
        abs.clone()
    } else {
        abs.parent().map(Path::to_path_buf).unwrap_or(abs.clone())
    };
    for dir in base.ancestors() {
        let marked = [
            ".git",
            "isolint.toml",
            "pyproject.toml",
            "package.json",
            CACHE_DIR,
        ]
        .iter()
        .any(|m| dir.join(m).exists());
        if marked {
            return dir.to_path_buf();
        }
    }
    base
}

/// A span as six numbers: start byte, end byte, start line, start column,
/// end line, end column.
fn span_array(s: &Span) -> [usize; 6] {
    [
        s.start_byte,
        s.end_byte,
        s.start.line,
        s.start.column,
        s.end.line,
        s.end.column,
    ]
}

/// The span [`span_array`] wrote.
fn span_of(&[start_byte, end_byte, sl, sc, el, ec]: &[usize; 6]) -> Span {
    Span {
        start_byte,
        end_byte,
        start: Pos {
            line: sl,
            column: sc,
        },
        end: Pos {
            line: el,
            column: ec,
        },
    }
}

impl CachedLocation {
    fn from(l: &Location) -> Self {
        CachedLocation {
            path: l.path.to_string_lossy().into_owned(),
            span: span_array(&l.span),
        }
    }

    fn to_location(&self) -> Location {
        Location {
            path: Arc::new(PathBuf::from(&self.path)),
            span: span_of(&self.span),
        }
    }
}

impl CachedFinding {
    fn from(f: &Finding) -> Self {
        CachedFinding {
            rule: f.rule.to_string(),
            location: CachedLocation::from(&f.location),
            message: f.message.clone(),
            help: f.help.clone(),
            severity: f.severity,
            related: f
                .related
                .iter()
                .map(|r| (CachedLocation::from(&r.location), r.message.clone()))
                .collect(),
            snippet: f.snippet.clone(),
            cross_file: f.cross_file.as_ref().map(|k| k.0.clone()),
            verb: f.cross_file_verb.to_string(),
            subject: f.subject,
            fix: f.fix.as_ref().map(|fix| CachedFix {
                title: fix.title.clone(),
                applicability: fix.applicability,
                edits: fix
                    .edits
                    .iter()
                    .map(|e| (span_array(&e.span), e.content.clone()))
                    .collect(),
            }),
        }
    }

    /// `None` for a rule this build does not know (the entry is then a miss).
    fn to_finding(&self) -> Option<Finding> {
        let rule = crate::rules::by_id(&self.rule)?.id();
        Some(Finding {
            rule,
            location: self.location.to_location(),
            message: self.message.clone(),
            help: self.help.clone(),
            severity: self.severity,
            related: self
                .related
                .iter()
                .map(|(l, m)| Related {
                    location: l.to_location(),
                    message: m.clone(),
                })
                .collect(),
            snippet: self.snippet.clone(),
            cross_file: self.cross_file.clone().map(CrossFileKey),
            cross_file_verb: intern(&self.verb),
            subject: self.subject,
            fix: self.fix.as_ref().map(|fix| crate::finding::Fix {
                title: fix.title.clone(),
                applicability: fix.applicability,
                edits: fix
                    .edits
                    .iter()
                    .map(|(span, content)| crate::finding::Edit {
                        span: span_of(span),
                        content: content.clone(),
                    })
                    .collect(),
            }),
        })
    }
}

/// Cross-file verbs are `&'static str` phrases from the rules ("bound",
/// "written"); a handful exist, so leaking each distinct one once is bounded.
fn intern(s: &str) -> &'static str {
    static SEEN: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
    let Ok(mut seen) = SEEN.lock() else {
        return "";
    };
    if let Some(&v) = seen.iter().find(|v| **v == s) {
        return v;
    }
    let leaked: &'static str = Box::leak(s.to_owned().into_boxed_str());
    seen.push(leaked);
    leaked
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(hash: [u64; 2], stamp: Option<Stamp>) -> Entry {
        Entry {
            hash,
            role: "Test".into(),
            settings: 7,
            findings: Vec::new(),
            notices: Vec::new(),
            source_settings: None,
            mentions_isolint: false,
            stamp,
        }
    }

    fn cache_with(entries: Vec<(&str, Entry)>) -> Cache {
        Cache {
            dir: PathBuf::new(),
            file: PathBuf::new(),
            old: entries
                .into_iter()
                .map(|(k, e)| (k.to_string(), e))
                .collect(),
            new: Mutex::new(Vec::new()),
            restamped: Mutex::new(Vec::new()),
        }
    }

    #[test]
    fn an_unchanged_stamp_hits_without_the_bytes_only_when_nothing_else_needs_them() {
        let stamp: Stamp = [18, 1_700_000_000, 5, 1_700_000_000, 9, 42];
        // The hash is not consulted: the bytes were never read.
        let cache = cache_with(vec![
            ("plain.test.js", entry([0, 0], Some(stamp))),
            ("never.test.js", entry([0, 0], None)),
            (
                "suppressed.test.js",
                Entry {
                    mentions_isolint: true,
                    ..entry([0, 0], Some(stamp))
                },
            ),
            (
                "imports.test.js",
                Entry {
                    source_settings: Some(3),
                    ..entry([0, 0], Some(stamp))
                },
            ),
        ]);
        assert!(cache
            .lookup_unchanged("plain.test.js", stamp, "Test", 7)
            .is_some());
        // Another stamp (a write moved the change time), role or settings.
        let mut touched = stamp;
        touched[4] += 1;
        assert!(cache
            .lookup_unchanged("plain.test.js", touched, "Test", 7)
            .is_none());
        assert!(cache
            .lookup_unchanged("plain.test.js", stamp, "Setup", 7)
            .is_none());
        assert!(cache
            .lookup_unchanged("plain.test.js", stamp, "Test", 8)
            .is_none());
        // No stamp recorded; suppression comments or import facts to read.
        for key in [
            "never.test.js",
            "suppressed.test.js",
            "imports.test.js",
            "absent.test.js",
        ] {
            assert!(
                cache.lookup_unchanged(key, stamp, "Test", 7).is_none(),
                "{key}"
            );
        }
    }

    #[test]
    fn a_file_changed_in_the_last_two_seconds_gets_no_stamp() {
        assert!(!still_long_enough(100, 100));
        assert!(!still_long_enough(100, 101));
        assert!(still_long_enough(100, 102));
        // A clock set back, or a file from the future.
        assert!(!still_long_enough(200, 100));
    }

    #[test]
    fn a_hash_hit_records_a_new_stamp_once() {
        let stamp: Stamp = [18, 1_700_000_000, 5, 1_700_000_000, 9, 42];
        let cache = cache_with(vec![
            ("a.test.js", entry([1, 2], None)),
            ("b.test.js", entry([3, 4], Some(stamp))),
        ]);
        cache.restamp("a.test.js", stamp);
        // Already recorded, or no entry: nothing to write.
        cache.restamp("b.test.js", stamp);
        cache.restamp("c.test.js", stamp);
        let restamped = cache.restamped.into_inner().expect("lock");
        assert_eq!(restamped, vec![("a.test.js".to_string(), stamp)]);
    }

    #[test]
    fn corrupted_or_truncated_cache_files_are_ignored() {
        let body = br#"{"a.test.js":{"hash":[1,2],"role":"Test","settings":0,"findings":[],"notices":[],"mentions_isolint":false}}"#;
        let good = [
            format!("{MAGIC} {FORMAT} {} {:016x}\n", body.len(), xxh3_64(body)).into_bytes(),
            body.to_vec(),
        ]
        .concat();
        assert_eq!(parse(&good).map(|m| m.len()), Some(1));
        // Truncated.
        assert!(parse(&good[..good.len() - 3]).is_none());
        // One byte flipped in the body.
        let mut flipped = good.clone();
        let last = flipped.len() - 2;
        flipped[last] ^= 0x20;
        assert!(parse(&flipped).is_none());
        assert!(parse(b"").is_none());
        assert!(parse(b"garbage\n{}").is_none());
    }
}
