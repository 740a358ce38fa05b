//! Rule docs: `rules/<id>.toml`, embedded in the binary. They are the
//! source of `isolint rule <id>`, the SARIF rule metadata and the per-
//! framework help line of every finding.

use crate::model::framework::Framework;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDoc {
    pub id: String,
    pub summary: String,
    pub rationale: String,
    pub languages: Vec<String>,
    /// Fix hints keyed by framework (`jest`, `vitest`, `mocha`, `node-test`,
    /// `playwright`, `jasmine`, `pytest`, `unittest`) with `default` as
    /// fallback.
    pub fix: BTreeMap<String, String>,
    /// What `check --fix` does for this rule's findings, when anything.
    #[serde(default)]
    pub autofix: Option<String>,
    #[serde(default)]
    pub bad: Vec<Example>,
    #[serde(default)]
    pub good: Vec<Example>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub lang: String,
    pub code: String,
}

/// The embedded docs, one per rule.
const SOURCES: &[(&str, &str)] = &[
    (
        "hardcoded-port",
        include_str!("../../rules/hardcoded-port.toml"),
    ),
    (
        "fixed-temp-path",
        include_str!("../../rules/fixed-temp-path.toml"),
    ),
    (
        "shared-seed-data",
        include_str!("../../rules/shared-seed-data.toml"),
    ),
    (
        "module-mutable-state",
        include_str!("../../rules/module-mutable-state.toml"),
    ),
    (
        "test-order-dependency",
        include_str!("../../rules/test-order-dependency.toml"),
    ),
    (
        "global-date-mock",
        include_str!("../../rules/global-date-mock.toml"),
    ),
    (
        "truncate-in-hook",
        include_str!("../../rules/truncate-in-hook.toml"),
    ),
    (
        "env-mutation",
        include_str!("../../rules/env-mutation.toml"),
    ),
];

impl RuleDoc {
    pub fn get(id: &str) -> Option<&'static RuleDoc> {
        static DOCS: OnceLock<Vec<RuleDoc>> = OnceLock::new();
        DOCS.get_or_init(|| {
            SOURCES
                .iter()
                .map(|(id, text)| {
                    // Docs are part of the binary and covered by tests.
                    toml::from_str(text)
                        .unwrap_or_else(|e| panic!("rules/{id}.toml is invalid: {e}"))
                })
                .collect()
        })
        .iter()
        .find(|d| d.id == id)
    }

    pub fn fix_hint(&self, framework: Framework) -> &str {
        self.fix
            .get(framework.key())
            .or_else(|| {
                let family = if framework.is_python() {
                    "python"
                } else {
                    "javascript"
                };
                self.fix.get(family)
            })
            .or_else(|| self.fix.get("default"))
            .map(String::as_str)
            .unwrap_or(&self.summary)
    }

    /// The doc as Markdown (for `isolint rule` and SARIF `help.markdown`).
    pub fn markdown(&self) -> String {
        let mut out = format!(
            "# {}\n\n{}\n\n## Why\n\n{}\n\nLanguages: {}\n\n## How to fix\n\n",
            self.id,
            self.summary,
            self.rationale.trim(),
            self.languages.join(", ")
        );
        for (framework, hint) in &self.fix {
            out.push_str(&format!("- **{framework}**: {}\n", hint.trim()));
        }
        if let Some(autofix) = &self.autofix {
            out.push_str(&format!("\n## `--fix`\n\n{}\n", autofix.trim()));
        }
        for (title, examples) in [("Flagged", &self.bad), ("Not flagged", &self.good)] {
            if examples.is_empty() {
                continue;
            }
            out.push_str(&format!("\n## {title}\n"));
            for ex in examples {
                out.push_str(&format!("\n```{}\n{}\n```\n", ex.lang, ex.code.trim_end()));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_a_valid_doc() {
        for rule in crate::rules::all() {
            let doc = RuleDoc::get(rule.id()).unwrap_or_else(|| panic!("no doc for {}", rule.id()));
            assert!(!doc.summary.is_empty());
            assert!(
                doc.fix.contains_key("default"),
                "{} needs a default fix hint",
                doc.id
            );
            assert!(
                !doc.bad.is_empty() && !doc.good.is_empty(),
                "{} needs examples",
                doc.id
            );
        }
        assert_eq!(SOURCES.len(), crate::rules::all().len());
    }

    /// Every rule's help in a Jasmine spec is its `jasmine` hint, whether
    /// the file says Jasmine (its Jasmine-only calls) or its project does
    /// (a Karma/`angular.json`/`jasmine.json`/`package.json` runner).
    #[test]
    fn jasmine_specs_get_the_jasmine_hint() {
        use crate::engine::{analyze_source, Settings};
        use crate::lang::Lang;
        use crate::model::FileRole;
        let cases = [
            ("hardcoded-port", "it('x', () => {\n  http.createServer(handler).listen(3000);\n});\n"),
            ("fixed-temp-path", "it('x', () => {\n  fs.writeFileSync('/tmp/x.json', '{}');\n});\n"),
            ("shared-seed-data", "it('x', async () => {\n  await User.create({ email: 'a@example.com' });\n});\n"),
            ("module-mutable-state", "let items = [];\nit('x', () => {\n  items.push(1);\n});\n"),
            ("test-order-dependency", "let id;\nit('a', () => {\n  id = 1;\n});\nit('b', () => {\n  expect(id).toBe(1);\n});\n"),
            ("global-date-mock", "it('x', () => {\n  Date.now = () => 0;\n});\n"),
            ("truncate-in-hook", "beforeEach(async () => {\n  await db.query('TRUNCATE users');\n});\n"),
            ("env-mutation", "it('x', () => {\n  process.env.API_URL = 'http://x';\n});\n"),
        ];
        assert_eq!(cases.len(), SOURCES.len());
        let path = std::path::Path::new("src/app/x.service.spec.ts");
        let lang = Lang::from_path(path).unwrap();
        for (rule, code) in cases {
            let doc = RuleDoc::get(rule).unwrap();
            let hint = doc
                .fix
                .get("jasmine")
                .unwrap_or_else(|| panic!("{rule}: no jasmine hint"));
            let by_api = format!("const spy = jasmine.createSpy('s');\n{code}");
            let settings = Settings::for_rules(&[rule]);
            let mut by_project = Settings::for_rules(&[rule]);
            by_project.project.js_runner = Some(Framework::Jasmine);
            for (text, settings) in [(by_api.as_str(), &settings), (code, &by_project)] {
                let (findings, _) =
                    analyze_source(path, text, lang, FileRole::by_name(path), settings);
                assert_eq!(findings.len(), 1, "{rule}:\n{text}");
                assert_eq!(&findings[0].help, hint, "{rule}:\n{text}");
            }
            // Without either it is a Jest spec.
            let (findings, _) = analyze_source(
                path,
                code,
                lang,
                FileRole::by_name(path),
                &Settings::for_rules(&[rule]),
            );
            assert_eq!(&findings[0].help, doc.fix_hint(Framework::Jest), "{rule}");
        }
    }
}
