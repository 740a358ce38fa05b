//! SARIF output checked by a real validator — the official SARIF 2.1.0 JSON
//! schema as shipped in the `serde-sarif` crate's sources, located through
//! `cargo metadata` — plus GitHub code scanning's own requirements and the
//! stability of fingerprints when lines move.

use assert_cmd::Command;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn isolint_sarif(cwd: &Path, paths: &[&str]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_isolint"))
        .current_dir(cwd)
        .args(["check", "--format", "sarif"])
        .args(paths)
        .output()
        .expect("isolint runs");
    let code = out.status.code();
    assert!(
        matches!(code, Some(0 | 1)),
        "exit {code:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("SARIF is JSON")
}

/// `src/schema.json` of the `serde-sarif` package this workspace resolved.
fn sarif_schema() -> Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let run = |offline: bool| {
        let mut cmd = std::process::Command::new(&cargo);
        cmd.current_dir(ROOT)
            .args(["metadata", "--format-version", "1"]);
        if offline {
            cmd.arg("--offline");
        }
        cmd.output().ok().filter(|o| o.status.success())
    };
    let out = run(true)
        .or_else(|| run(false))
        .expect("cargo metadata succeeds");
    let meta: Value = serde_json::from_slice(&out.stdout).expect("metadata is JSON");
    let manifest = meta["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .find(|p| p["name"] == "serde-sarif")
        .and_then(|p| p["manifest_path"].as_str())
        .expect("serde-sarif is a dev-dependency");
    let schema_path = Path::new(manifest)
        .parent()
        .expect("manifest has a directory")
        .join("src/schema.json");
    let text = std::fs::read_to_string(&schema_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", schema_path.display()));
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    assert!(
        schema["title"]
            .as_str()
            .is_some_and(|t| t.contains("SARIF") && t.contains("2.1.0")),
        "unexpected schema at {}",
        schema_path.display()
    );
    schema
}

/// The 2.1.0 schema's `language` patterns have a stray `]`
/// (`...-[a-zA-Z]{2}]?$`), which is not a valid ECMA-262 regex, so
/// jsonschema's meta-schema check refuses the whole schema. isolint never
/// emits a `language` property; the pattern is replaced by its intent
/// (`en` or `en-US`) and nothing else is touched.
const BROKEN_LANGUAGE_PATTERN: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";

fn patch_language_pattern(schema: &mut Value) -> usize {
    let mut patched = 0;
    let mut stack = vec![schema];
    while let Some(v) = stack.pop() {
        match v {
            Value::Object(map) => {
                for (k, child) in map.iter_mut() {
                    if k == "pattern" && child == BROKEN_LANGUAGE_PATTERN {
                        *child = Value::from("^[a-zA-Z]{2}(-[a-zA-Z]{2})?$");
                        patched += 1;
                    } else {
                        stack.push(child);
                    }
                }
            }
            Value::Array(items) => stack.extend(items.iter_mut()),
            _ => {}
        }
    }
    patched
}

fn validator() -> jsonschema::Validator {
    let mut schema = sarif_schema();
    // Zero once a corrected schema ships; nothing else may be touched.
    let patched = patch_language_pattern(&mut schema);
    assert!(patched <= 2, "{patched} patterns patched");
    jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles")
}

fn errors(validator: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// Every labeled/example directory that exists in this checkout.
fn all_inputs() -> Vec<&'static str> {
    let dirs: Vec<&str> = ["tests/corpus", "examples", "tests/fixtures"]
        .into_iter()
        .filter(|d| Path::new(ROOT).join(d).is_dir())
        .collect();
    assert!(!dirs.is_empty());
    dirs
}

#[test]
fn sarif_is_valid_against_the_official_schema() {
    let validator = validator();
    let doc = isolint_sarif(Path::new(ROOT), &all_inputs());
    let errs = errors(&validator, &doc);
    assert!(errs.is_empty(), "schema violations:\n{}", errs.join("\n"));
    let results = doc["runs"][0]["results"].as_array().expect("results");
    assert!(!results.is_empty(), "the inputs contain findings");
    // Fixes (insertions and replacements) are validated too.
    assert!(
        results
            .iter()
            .any(|r| r["fixes"][0]["artifactChanges"][0]["replacements"]
                .as_array()
                .is_some_and(|r| r.len() > 1)),
        "the inputs contain findings with multi-edit fixes"
    );
    let notes = doc["runs"][0]["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .expect("notifications");
    assert!(
        notes.iter().any(|n| n["message"]["text"]
            .as_str()
            .is_some_and(|t| t.contains("syntax error"))),
        "the broken fixture is reported as a notification"
    );
}

#[test]
fn the_validator_rejects_broken_sarif() {
    // Guards against a validator that accepts anything.
    let validator = validator();
    let mut doc = isolint_sarif(Path::new(ROOT), &["tests/fixtures/formats"]);
    assert!(errors(&validator, &doc).is_empty());
    doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        Value::from(0);
    assert!(
        !errors(&validator, &doc).is_empty(),
        "startLine 0 is invalid"
    );
    let mut doc2 = isolint_sarif(Path::new(ROOT), &["tests/fixtures/formats"]);
    doc2["runs"][0]["results"][0]["unexpected"] = Value::from(1);
    assert!(!errors(&validator, &doc2).is_empty(), "unknown property");
    // Formats are checked too: an unencoded space is not a URI reference.
    let mut doc3 = isolint_sarif(Path::new(ROOT), &["tests/fixtures/formats"]);
    doc3["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] =
        Value::from("with space/a b.js");
    assert!(
        !errors(&validator, &doc3).is_empty(),
        "uri-reference format"
    );
}

#[test]
fn sarif_meets_github_code_scanning_requirements() {
    let doc = isolint_sarif(Path::new(ROOT), &all_inputs());
    assert_eq!(doc["version"], "2.1.0");
    let run = &doc["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "isolint");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .expect("%SRCROOT% is declared");
    assert!(
        base.starts_with("file:///") && base.ends_with('/'),
        "{base}"
    );
    let rules = driver["rules"].as_array().expect("rules");
    assert_eq!(rules.len(), 8, "every registered rule is described");
    for rule in rules {
        for field in ["id", "name"] {
            assert!(rule[field].is_string(), "rule {field}: {rule}");
        }
        assert!(rule["shortDescription"]["text"].is_string());
        assert!(rule["fullDescription"]["text"].is_string());
        assert!(rule["help"]["text"].is_string());
        assert!(rule["help"]["markdown"]
            .as_str()
            .is_some_and(|m| m.starts_with(&format!("# {}", rule["id"].as_str().unwrap_or("?")))));
        assert_eq!(rule["defaultConfiguration"]["level"], "warning");
    }
    let results = run["results"].as_array().expect("results");
    assert!(!results.is_empty());
    for r in results {
        let index = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(
            r["ruleId"], rules[index]["id"],
            "ruleIndex points at ruleId"
        );
        assert!(matches!(
            r["level"].as_str(),
            Some("warning" | "error" | "note")
        ));
        assert!(r["message"]["text"].as_str().is_some_and(|t| !t.is_empty()));
        let fp = r["partialFingerprints"]["isolintFingerprint/v1"]
            .as_str()
            .expect("partialFingerprints");
        assert_eq!(fp.len(), 16);
        let mut locations = vec![&r["locations"][0]];
        locations.extend(r["relatedLocations"].as_array().into_iter().flatten());
        for loc in locations {
            let phys = &loc["physicalLocation"];
            let uri = phys["artifactLocation"]["uri"].as_str().expect("uri");
            assert!(
                !uri.contains("://") && !uri.starts_with('/'),
                "relative: {uri}"
            );
            assert!(!uri.contains(' '), "percent-encoded: {uri}");
            assert!(uri.is_ascii(), "percent-encoded: {uri}");
            assert_eq!(phys["artifactLocation"]["uriBaseId"], "%SRCROOT%");
            let region = &phys["region"];
            for field in ["startLine", "startColumn", "endLine", "endColumn"] {
                assert!(
                    region[field].as_u64().is_some_and(|v| v >= 1),
                    "{field} >= 1 in {region}"
                );
            }
        }
    }
    let related_ids: Vec<u64> = results
        .iter()
        .flat_map(|r| r["relatedLocations"].as_array().into_iter().flatten())
        .filter_map(|l| l["id"].as_u64())
        .collect();
    assert!(
        !related_ids.is_empty(),
        "cross-file fixtures give related locations"
    );
}

fn fingerprints(doc: &Value) -> BTreeMap<String, Vec<(String, u64)>> {
    // fingerprint -> [(uri, line)]
    let mut out: BTreeMap<String, Vec<(String, u64)>> = BTreeMap::new();
    for r in doc["runs"][0]["results"].as_array().into_iter().flatten() {
        let fp = r["partialFingerprints"]["isolintFingerprint/v1"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let phys = &r["locations"][0]["physicalLocation"];
        out.entry(fp).or_default().push((
            phys["artifactLocation"]["uri"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
            phys["region"]["startLine"].as_u64().unwrap_or(0),
        ));
    }
    out
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("readdir").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

#[test]
fn fingerprints_survive_blank_lines_above_a_finding() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let work: PathBuf = tmp.path().join("proj");
    copy_dir(
        &Path::new(ROOT).join("tests/fixtures/formats"),
        &work.join("tests"),
    );
    // Two identical bindings in one file: distinct fingerprints (occurrence).
    std::fs::write(
        work.join("tests/twice.test.js"),
        "test('a', () => { app.listen(4000); });\ntest('b', () => { app.listen(4000); });\n",
    )
    .expect("write");
    let before = fingerprints(&isolint_sarif(&work, &["tests"]));
    assert_eq!(before.values().map(Vec::len).sum::<usize>(), 6);
    assert!(
        before.values().all(|v| v.len() == 1),
        "fingerprints are unique: {before:?}"
    );

    for file in [
        "tests/test_web.py",
        "tests/twice.test.js",
        "tests/server.test.js",
    ] {
        let path = work.join(file);
        let text = std::fs::read_to_string(&path).expect("read");
        std::fs::write(&path, format!("\n\n\n{text}")).expect("write");
    }
    let after = fingerprints(&isolint_sarif(&work, &["tests"]));
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>(),
        "same fingerprints after inserting lines"
    );
    // ...while the lines really moved.
    let moved = before
        .iter()
        .filter(|(fp, locs)| after[*fp][0].1 == locs[0].1 + 3)
        .count();
    assert_eq!(moved, 4, "before {before:?}\nafter {after:?}");
}
