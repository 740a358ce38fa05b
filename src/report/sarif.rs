//! SARIF 2.1.0 output, for GitHub code scanning and editors.
//!
//! Small serde structs of our own (only what we emit). Locations are
//! relative URIs under `%SRCROOT%` (the top of the git repository holding
//! the current directory, else the current directory; declared in
//! `originalUriBaseIds`) so results match the checked-out repository from
//! wherever isolint ran in it; paths outside it become absolute `file://`
//! URIs. Columns
//! count Unicode code points (`columnKind`). `partialFingerprints` hash the
//! rule, path, normalised snippet and the snippet's occurrence index — not
//! the line — so alerts keep their identity when unrelated lines move.

use super::Report;
use crate::engine::Notice;
use crate::finding::{Finding, Span};
use crate::rules::{self, RuleDoc};
use crate::source::normalise;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const SRCROOT: &str = "%SRCROOT%";
/// The key of our fingerprint in `partialFingerprints`; bump the version if
/// its inputs change.
pub const FINGERPRINT_KEY: &str = "isolintFingerprint/v1";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    invocations: Vec<Invocation>,
    original_uri_base_ids: BTreeMap<&'static str, BaseUri>,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct BaseUri {
    uri: String,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    information_uri: &'static str,
    rules: Vec<ReportingDescriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportingDescriptor {
    id: &'static str,
    name: String,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
    properties: RuleProperties,
}

#[derive(Serialize)]
struct RuleProperties {
    tags: [&'static str; 2],
    precision: &'static str,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: TextRef<'a>,
    locations: [SarifLocation; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<RelatedLocation<'a>>,
    partial_fingerprints: BTreeMap<&'static str, String>,
    /// The finding's fix as SARIF `fixes` (§3.55): one artifact change of
    /// the finding's own file.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<SarifFix<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifFix<'a> {
    description: TextRef<'a>,
    artifact_changes: [ArtifactChange<'a>; 1],
    /// `applicability`: `safe` (applied by `--fix`) or `unsafe` (only with
    /// `--unsafe-fixes`), as in the JSON `fix` object; SARIF itself has no
    /// such field, and a consumer should not apply an unsafe fix unasked.
    properties: FixProperties,
}

#[derive(Serialize)]
struct FixProperties {
    applicability: crate::finding::Applicability,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange<'a> {
    artifact_location: ArtifactLocation,
    replacements: Vec<Replacement<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement<'a> {
    deleted_region: Region,
    inserted_content: TextRef<'a>,
}

#[derive(Serialize)]
struct TextRef<'a> {
    text: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifLocation {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RelatedLocation<'a> {
    id: usize,
    physical_location: PhysicalLocation,
    message: TextRef<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<usize>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Text,
    locations: [SarifLocation; 1],
}

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let cwd = crate::source::working_dir().unwrap_or(Path::new(""));
    // GitHub code scanning reads a relative URI from the repository's top,
    // wherever in the checkout isolint ran.
    let root = crate::source::repository_top(cwd).unwrap_or(cwd);
    let log = build(report, &Uris::new(cwd, root));
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

fn build<'a>(report: &'a Report, uris: &Uris) -> Log<'a> {
    let rule_index: HashMap<&str, usize> =
        rules::ids().enumerate().map(|(i, id)| (id, i)).collect();
    let fingerprints = fingerprints(report.findings);
    let results = report
        .findings
        .iter()
        .zip(fingerprints)
        .map(|(f, fingerprint)| result(f, &rule_index, fingerprint, uris))
        .collect();
    Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "isolint",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    information_uri: env!("CARGO_PKG_HOMEPAGE"),
                    rules: rules::ids().map(descriptor).collect(),
                },
            },
            invocations: vec![Invocation {
                execution_successful: true,
                tool_execution_notifications: report
                    .notices
                    .iter()
                    .map(|n| notification(n, uris))
                    .collect(),
            }],
            original_uri_base_ids: BTreeMap::from([(
                SRCROOT,
                BaseUri {
                    uri: directory_uri(&uris.root),
                },
            )]),
            column_kind: "unicodeCodePoints",
            results,
        }],
    }
}

fn descriptor(id: &'static str) -> ReportingDescriptor {
    let doc = RuleDoc::get(id);
    let summary = doc.map(|d| d.summary.clone()).unwrap_or_default();
    ReportingDescriptor {
        id,
        name: pascal_case(id),
        short_description: Text {
            text: summary.clone(),
        },
        full_description: Text {
            text: doc
                .map(|d| one_paragraph(&d.rationale))
                .unwrap_or_else(|| summary.clone()),
        },
        help: Help {
            text: doc
                .and_then(|d| d.fix.get("default"))
                .cloned()
                .unwrap_or_else(|| summary.clone()),
            markdown: doc.map(RuleDoc::markdown).unwrap_or(summary),
        },
        default_configuration: Configuration { level: "warning" },
        properties: RuleProperties {
            tags: ["tests", "flaky-test"],
            precision: "high",
        },
    }
}

fn result<'a>(
    f: &'a Finding,
    rule_index: &HashMap<&str, usize>,
    fingerprint: String,
    uris: &Uris,
) -> SarifResult<'a> {
    SarifResult {
        rule_id: f.rule,
        rule_index: rule_index.get(f.rule).copied().unwrap_or(0),
        level: f.severity.as_str(),
        message: TextRef { text: &f.message },
        locations: [SarifLocation {
            physical_location: physical(f.path(), Some(&f.location.span), uris),
        }],
        related_locations: f
            .related
            .iter()
            .enumerate()
            .map(|(i, r)| RelatedLocation {
                id: i + 1,
                physical_location: physical(&r.location.path, Some(&r.location.span), uris),
                message: TextRef { text: &r.message },
            })
            .collect(),
        partial_fingerprints: BTreeMap::from([(FINGERPRINT_KEY, fingerprint)]),
        fixes: f
            .fix
            .iter()
            .map(|fix| SarifFix {
                description: TextRef { text: &fix.title },
                properties: FixProperties {
                    applicability: fix.applicability,
                },
                artifact_changes: [ArtifactChange {
                    artifact_location: uris.artifact(f.path()),
                    replacements: fix
                        .edits
                        .iter()
                        .map(|e| Replacement {
                            // An empty region (start = end) is an insertion.
                            deleted_region: Region {
                                start_line: e.span.start.line.max(1),
                                start_column: Some(e.span.start.column.max(1)),
                                end_line: Some(e.span.end.line.max(1)),
                                end_column: Some(e.span.end.column.max(1)),
                            },
                            inserted_content: TextRef { text: &e.content },
                        })
                        .collect(),
                }],
            })
            .collect(),
    }
}

fn notification(n: &Notice, uris: &Uris) -> Notification {
    let mut location = physical(Path::new(&n.path), None, uris);
    location.region = n.line.map(|line| Region {
        start_line: line.max(1),
        start_column: None,
        end_line: None,
        end_column: None,
    });
    Notification {
        level: "warning",
        message: Text {
            text: n.message.clone(),
        },
        locations: [SarifLocation {
            physical_location: location,
        }],
    }
}

fn physical(path: &Path, span: Option<&Span>, uris: &Uris) -> PhysicalLocation {
    PhysicalLocation {
        artifact_location: uris.artifact(path),
        region: span.map(|s| Region {
            start_line: s.start.line.max(1),
            start_column: Some(s.start.column.max(1)),
            end_line: Some(s.end.line.max(s.start.line).max(1)),
            end_column: Some(s.end.column.max(1)),
        }),
    }
}

/// Artifact locations, computed once per path: a finding's cross-file
/// related locations repeat the same few paths many times.
struct Uris {
    /// What relative paths are relative to.
    cwd: PathBuf,
    /// `%SRCROOT%`.
    root: PathBuf,
    cache: std::cell::RefCell<HashMap<PathBuf, ArtifactLocation>>,
}

impl Uris {
    fn new(cwd: &Path, root: &Path) -> Uris {
        Uris {
            cwd: normalise(cwd),
            root: normalise(root),
            cache: Default::default(),
        }
    }

    fn artifact(&self, path: &Path) -> ArtifactLocation {
        if let Some(hit) = self.cache.borrow().get(path) {
            return hit.clone();
        }
        let computed = artifact(path, &self.cwd, &self.root);
        self.cache
            .borrow_mut()
            .insert(path.to_path_buf(), computed.clone());
        computed
    }
}

/// A relative URI under `%SRCROOT%` (`root`) for paths inside it, an
/// absolute `file://` URI otherwise. A relative `path` is relative to
/// `cwd`. Both are normalised.
fn artifact(path: &Path, cwd: &Path, root: &Path) -> ArtifactLocation {
    let absolute = if path.is_absolute() {
        normalise(path)
    } else {
        normalise(&cwd.join(path))
    };
    match absolute.strip_prefix(root) {
        Ok(rel) if rel.components().next().is_some() => ArtifactLocation {
            uri: encode_segments(rel.components().filter_map(component_str), false),
            uri_base_id: Some(SRCROOT),
        },
        _ => ArtifactLocation {
            uri: file_uri(&absolute, false),
            uri_base_id: None,
        },
    }
}

fn component_str(c: Component) -> Option<String> {
    match c {
        Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
        Component::Prefix(p) => Some(p.as_os_str().to_string_lossy().replace('\\', "/")),
        _ => None,
    }
}

/// `file:///abs/dir/` (trailing slash: it is a base for relative URIs).
fn directory_uri(dir: &Path) -> String {
    file_uri(&normalise(dir), true)
}

fn file_uri(path: &Path, directory: bool) -> String {
    let segments = path.components().filter_map(component_str);
    let mut uri = format!("file:///{}", encode_segments(segments, true));
    if directory && !uri.ends_with('/') {
        uri.push('/');
    }
    uri
}

/// Joins path segments with `/`, percent-encoding each (UTF-8 bytes).
/// A Windows drive (`C:`) keeps its colon in absolute URIs; elsewhere `:`
/// is encoded so a relative URI's first segment never reads as a scheme.
fn encode_segments(segments: impl Iterator<Item = String>, absolute: bool) -> String {
    let mut out = String::new();
    for (i, segment) in segments.enumerate() {
        if i > 0 {
            out.push('/');
        }
        let is_drive = absolute
            && i == 0
            && segment.len() == 2
            && segment.ends_with(':')
            && segment.as_bytes()[0].is_ascii_alphabetic();
        if is_drive {
            out.push_str(&segment);
            continue;
        }
        for b in segment.bytes() {
            match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                    out.push(b as char)
                }
                _ => out.push_str(&format!("%{b:02X}")),
            }
        }
    }
    out
}

/// One fingerprint per finding: FNV-1a (stable across Rust versions, unlike
/// `DefaultHasher`) over rule, path, normalised snippet and how many
/// findings of that rule with the same snippet come before it in the file.
fn fingerprints(findings: &[Finding]) -> Vec<String> {
    let mut order: Vec<usize> = (0..findings.len()).collect();
    order.sort_by_key(|&i| (findings[i].path(), findings[i].span().start_byte));
    let mut seen: HashMap<(&str, &Path, &str), usize> = HashMap::new();
    let mut out = vec![String::new(); findings.len()];
    for i in order {
        let f = &findings[i];
        let occurrence = seen.entry((f.rule, f.path(), &f.snippet)).or_insert(0);
        let path = f.path().to_string_lossy().replace('\\', "/");
        let mut h = Fnv::new();
        for part in [f.rule, &path, &f.snippet, &occurrence.to_string()] {
            h.write(part.as_bytes());
            h.write(&[0]);
        }
        out[i] = format!("{:016x}", h.0);
        *occurrence += 1;
    }
    out
}

struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

fn pascal_case(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(c) => c.to_uppercase().chain(cs).collect::<String>(),
                None => String::new(),
            }
        })
        .collect()
}

fn one_paragraph(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_uris_are_percent_encoded_under_srcroot() {
        let cwd = Path::new("/home/me/proj");
        let a = artifact(Path::new("tests/with space/ünï,code.test.js"), cwd, cwd);
        assert_eq!(a.uri, "tests/with%20space/%C3%BCn%C3%AF%2Ccode.test.js");
        assert_eq!(a.uri_base_id, Some(SRCROOT));
        let colon = artifact(Path::new("a:b.test.js"), cwd, cwd);
        assert_eq!(colon.uri, "a%3Ab.test.js");
    }

    #[test]
    fn paths_outside_cwd_are_absolute_file_uris() {
        let cwd = Path::new("/home/me/proj");
        let a = artifact(Path::new("../other/x y.test.js"), cwd, cwd);
        assert_eq!(a.uri, "file:///home/me/other/x%20y.test.js");
        assert_eq!(a.uri_base_id, None);
        let b = artifact(Path::new("/srv/t.test.js"), cwd, cwd);
        assert_eq!(b.uri, "file:///srv/t.test.js");
        assert_eq!(directory_uri(cwd), "file:///home/me/proj/");
        let inside = artifact(Path::new("/home/me/proj/t.test.js"), cwd, cwd);
        assert_eq!(
            (inside.uri.as_str(), inside.uri_base_id),
            ("t.test.js", Some(SRCROOT))
        );
    }

    /// Run in a subdirectory of a repository, URIs stay relative to the
    /// repository's top, which is what code scanning resolves them from.
    #[test]
    fn uris_are_relative_to_the_repository_top() {
        let (cwd, root) = (Path::new("/home/me/proj/pkg"), Path::new("/home/me/proj"));
        let a = artifact(Path::new("src/a.test.js"), cwd, root);
        assert_eq!(
            (a.uri.as_str(), a.uri_base_id),
            ("pkg/src/a.test.js", Some(SRCROOT))
        );
        let sibling = artifact(Path::new("../other/b.test.js"), cwd, root);
        assert_eq!(sibling.uri, "other/b.test.js");
        let outside = artifact(Path::new("../../elsewhere/c.test.js"), cwd, root);
        assert_eq!(outside.uri, "file:///home/me/elsewhere/c.test.js");
    }

    #[test]
    fn rule_names_are_pascal_case() {
        assert_eq!(pascal_case("hardcoded-port"), "HardcodedPort");
    }
}
