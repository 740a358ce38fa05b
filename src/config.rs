//! Configuration: `.isolint.toml`, `isolint.toml` or `[tool.isolint]` in
//! `pyproject.toml`, found by walking up from each checked path (the nearest
//! one wins, no merging, like Ruff), or one file given with `--config`.
//!
//! Every key is validated: an unknown key, rule id or glob is an error that
//! names the file, the line and the closest valid spelling (exit 2).

use crate::finding::Severity;
use crate::model::framework::{FrameworkExtras, HookKind};
use crate::model::isolation::Isolation;
use crate::rules;
use crate::source::normalise;
use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use toml::Spanned;

/// Config file names looked for in each directory, in order of precedence.
pub const FILE_NAMES: &[&str] = &[".isolint.toml", "isolint.toml", "pyproject.toml"];

/// The keys of the config table, for `isolint config` and suggestions.
pub const KEYS: &[&str] = &[
    "select",
    "extend-select",
    "ignore",
    "per-file-ignores",
    "include",
    "extend-include",
    "exclude",
    "severity",
    "isolated-env-vars",
    "isolated-functions",
    "extra-hooks",
    "extra-fixtures",
];

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawConfig {
    select: Option<Vec<Spanned<String>>>,
    extend_select: Option<Vec<Spanned<String>>>,
    ignore: Option<Vec<Spanned<String>>>,
    per_file_ignores: Option<BTreeMap<String, Spanned<Vec<Spanned<String>>>>>,
    include: Option<Vec<Spanned<String>>>,
    extend_include: Option<Vec<Spanned<String>>>,
    exclude: Option<Vec<Spanned<String>>>,
    severity: Option<BTreeMap<String, Spanned<Severity>>>,
    isolated_env_vars: Option<Vec<String>>,
    isolated_functions: Option<Vec<String>>,
    extra_hooks: Option<RawHooks>,
    extra_fixtures: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawHooks {
    before_each: Option<Vec<String>>,
    after_each: Option<Vec<String>>,
    before_all: Option<Vec<String>>,
    after_all: Option<Vec<String>>,
}

/// `pyproject.toml`: only `[tool.isolint]` is ours; everything else is
/// ignored.
#[derive(Debug, Deserialize)]
struct Pyproject {
    tool: Option<PyTool>,
}

#[derive(Debug, Deserialize)]
struct PyTool {
    isolint: Option<RawConfig>,
}

/// An invalid config: where, and what to do about it.
#[derive(Debug, Clone)]
pub struct ConfigError {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let file = crate::source::display_path(&self.file);
        match self.line {
            Some(line) => write!(f, "{file}:{line}: {}", self.message),
            None => write!(f, "{file}: {}", self.message),
        }
    }
}

/// One compiled glob list, with the patterns kept for display.
#[derive(Debug, Clone, Default)]
pub struct Globs {
    pub patterns: Vec<String>,
    set: GlobSet,
    /// Patterns without a `/` also match the file name alone (`*.e2e.ts`).
    name_set: GlobSet,
}

impl Globs {
    fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Whether `rel` (relative to the config's directory) or its file name
    /// matches.
    pub fn matches(&self, rel: &Path) -> bool {
        if self.patterns.is_empty() {
            return false;
        }
        self.set.is_match(rel)
            || rel
                .file_name()
                .is_some_and(|n| self.name_set.is_match(Path::new(n)))
    }
}

/// A resolved configuration: what applies to the files below `dir`.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The file it was read from (`None`: built-in defaults).
    pub source: Option<PathBuf>,
    /// Globs are relative to this absolute directory.
    pub dir: PathBuf,
    pub select: Option<Vec<&'static str>>,
    pub extend_select: Vec<&'static str>,
    pub ignore: Vec<&'static str>,
    pub per_file_ignores: Vec<(Globs, Vec<&'static str>)>,
    pub include: Option<Globs>,
    pub extend_include: Globs,
    pub exclude: Globs,
    pub severity: BTreeMap<&'static str, Severity>,
    pub isolation: Isolation,
    pub extras: FrameworkExtras,
}

/// Rule selection given on the command line; overrides config.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub select: Option<Vec<&'static str>>,
    pub ignore: Vec<&'static str>,
}

impl Config {
    pub fn defaults(dir: PathBuf) -> Config {
        Config {
            dir,
            ..Config::default()
        }
    }

    /// `path` relative to the config's directory (lexically).
    pub fn relative<'p>(&self, abs: &'p Path) -> &'p Path {
        abs.strip_prefix(&self.dir).unwrap_or(abs)
    }

    /// The rules that run on the file at absolute path `abs`. `--select`
    /// replaces the config's selection (and re-enables rules it ignores);
    /// `--ignore` removes rules; `per-file-ignores` always applies.
    pub fn rules_for(&self, abs: &Path, cli: &Overrides) -> Vec<&'static str> {
        let mut rules: Vec<&'static str> = match &cli.select {
            Some(sel) => sel.clone(),
            None => {
                let mut base: Vec<&'static str> = match &self.select {
                    Some(sel) => sel.clone(),
                    None => rules::ids().collect(),
                };
                base.extend(self.extend_select.iter().copied());
                base.retain(|r| !self.ignore.contains(r));
                base
            }
        };
        rules.retain(|r| !cli.ignore.contains(r));
        let rel = self.relative(abs);
        for (globs, ignored) in &self.per_file_ignores {
            if globs.matches(rel) {
                rules.retain(|r| !ignored.contains(r));
            }
        }
        // Registry order, no duplicates.
        rules::ids().filter(|id| rules.contains(id)).collect()
    }

    pub fn severity_of(&self, rule: &str) -> Option<Severity> {
        self.severity.get(rule).copied()
    }

    /// Whether the walker skips this path (a file or a directory).
    pub fn excludes(&self, abs: &Path) -> bool {
        !self.exclude.is_empty() && self.exclude.matches(self.relative(abs))
    }

    /// Whether a walked file is a test file by config: `Some` when config
    /// decides, `None` to use the built-in conventions.
    pub fn is_test(&self, abs: &Path) -> Option<bool> {
        let rel = self.relative(abs);
        if let Some(include) = &self.include {
            return Some(include.matches(rel) || self.extend_include.matches(rel));
        }
        if self.extend_include.matches(rel) {
            return Some(true);
        }
        None
    }

    /// The effective configuration as TOML, for `isolint config`.
    pub fn to_toml(&self, abs: &Path, cli: &Overrides) -> String {
        let mut t = toml::Table::new();
        let list = |v: &[&str]| toml::Value::Array(v.iter().map(|s| (*s).into()).collect());
        let strings =
            |v: &[String]| toml::Value::Array(v.iter().map(|s| s.as_str().into()).collect());
        t.insert("select".into(), list(&self.rules_for(abs, cli)));
        if let Some(include) = &self.include {
            t.insert("include".into(), strings(&include.patterns));
        }
        t.insert(
            "extend-include".into(),
            strings(&self.extend_include.patterns),
        );
        t.insert("exclude".into(), strings(&self.exclude.patterns));
        let mut sev = toml::Table::new();
        for id in rules::ids() {
            let s = self.severity_of(id).unwrap_or(Severity::Warning);
            sev.insert(id.into(), s.as_str().into());
        }
        t.insert("severity".into(), toml::Value::Table(sev));
        t.insert(
            "isolated-env-vars".into(),
            strings(&self.isolation.extra_env_vars),
        );
        t.insert(
            "isolated-functions".into(),
            strings(&self.isolation.extra_functions),
        );
        let mut hooks = toml::Table::new();
        for (key, kind) in HOOK_KEYS {
            let names: Vec<String> = self
                .extras
                .hooks
                .iter()
                .filter(|(_, k)| k == kind)
                .map(|(n, _)| n.clone())
                .collect();
            hooks.insert((*key).into(), strings(&names));
        }
        t.insert("extra-hooks".into(), toml::Value::Table(hooks));
        t.insert(
            "extra-fixtures".into(),
            strings(&self.extras.fixture_decorators),
        );
        let mut pfi = toml::Table::new();
        for (globs, ids) in &self.per_file_ignores {
            pfi.insert(globs.patterns.join(","), list(ids));
        }
        t.insert("per-file-ignores".into(), toml::Value::Table(pfi));
        toml::to_string_pretty(&t).unwrap_or_default()
    }
}

const HOOK_KEYS: &[(&str, HookKind)] = &[
    ("before-each", HookKind::BeforeEach),
    ("after-each", HookKind::AfterEach),
    ("before-all", HookKind::BeforeAll),
    ("after-all", HookKind::AfterAll),
];

/// Reads and validates one config file. `Ok(None)`: a `pyproject.toml`
/// without `[tool.isolint]`.
pub fn load(file: &Path) -> Result<Option<Config>, ConfigError> {
    let err = |line: Option<usize>, message: String| ConfigError {
        file: file.to_path_buf(),
        line,
        message,
    };
    let bytes =
        std::fs::read(file).map_err(|e| err(None, format!("cannot read config file: {e}")))?;
    let is_pyproject = file.file_name().is_some_and(|n| n == "pyproject.toml");
    // A `pyproject.toml` that never names isolint holds no config of ours,
    // however broken it is: test-data directories ship malformed ones on
    // purpose, and those must not stop the run (an isolint table cannot be
    // spelled without the word, inline or dotted).
    if is_pyproject && memchr::memmem::find(&bytes, b"isolint").is_none() {
        return Ok(None);
    }
    let text = String::from_utf8(bytes)
        .map_err(|e| err(None, format!("cannot read config file: not UTF-8 ({e})")))?;
    let raw: RawConfig = if is_pyproject {
        // Spans stay relative to the whole file, so lines are right.
        let doc: Pyproject = toml::from_str(&text).map_err(|e| from_toml(file, &text, &e))?;
        match doc.tool.and_then(|t| t.isolint) {
            Some(raw) => raw,
            None => return Ok(None),
        }
    } else {
        toml::from_str(&text).map_err(|e| from_toml(file, &text, &e))?
    };
    let dir = absolute(file.parent().unwrap_or(Path::new(".")));
    build(raw, file, &text, dir).map(Some)
}

fn build(raw: RawConfig, file: &Path, text: &str, dir: PathBuf) -> Result<Config, ConfigError> {
    let at = |span: std::ops::Range<usize>, message: String| ConfigError {
        file: file.to_path_buf(),
        line: Some(line_of(text, span.start)),
        message,
    };
    let rule_list = |v: Option<Vec<Spanned<String>>>| -> Result<Vec<&'static str>, ConfigError> {
        let mut out = Vec::new();
        for id in v.unwrap_or_default() {
            match rules::ids().find(|r| *r == id.get_ref()) {
                Some(r) => out.push(r),
                None => return Err(at(id.span(), unknown_rule_message(id.get_ref()))),
            }
        }
        Ok(out)
    };
    let globs = |v: Option<Vec<Spanned<String>>>| -> Result<Globs, ConfigError> {
        let v = v.unwrap_or_default();
        compile_globs(&v).map_err(|(i, e)| at(v[i].span(), e))
    };
    let mut config = Config {
        source: Some(file.to_path_buf()),
        dir,
        select: match raw.select {
            Some(v) => Some(rule_list(Some(v))?),
            None => None,
        },
        extend_select: rule_list(raw.extend_select)?,
        ignore: rule_list(raw.ignore)?,
        per_file_ignores: Vec::new(),
        include: match raw.include {
            Some(v) => Some(globs(Some(v))?),
            None => None,
        },
        extend_include: globs(raw.extend_include)?,
        exclude: globs(raw.exclude)?,
        severity: BTreeMap::new(),
        isolation: Isolation {
            extra_env_vars: raw.isolated_env_vars.unwrap_or_default(),
            extra_functions: raw.isolated_functions.unwrap_or_default(),
        },
        extras: FrameworkExtras {
            hooks: Vec::new(),
            fixture_decorators: raw.extra_fixtures.unwrap_or_default(),
        },
    };
    for (pattern, ids) in raw.per_file_ignores.unwrap_or_default() {
        let span = ids.span();
        let pat = Spanned::new(span.clone(), pattern);
        let g = compile_globs(std::slice::from_ref(&pat)).map_err(|(_, e)| at(span, e))?;
        let ids = rule_list(Some(ids.into_inner()))?;
        config.per_file_ignores.push((g, ids));
    }
    for (rule, sev) in raw.severity.unwrap_or_default() {
        match rules::ids().find(|r| *r == rule) {
            Some(r) => {
                config.severity.insert(r, *sev.get_ref());
            }
            None => return Err(at(sev.span(), unknown_rule_message(&rule))),
        }
    }
    if let Some(h) = raw.extra_hooks {
        for (names, kind) in [
            (h.before_each, HookKind::BeforeEach),
            (h.after_each, HookKind::AfterEach),
            (h.before_all, HookKind::BeforeAll),
            (h.after_all, HookKind::AfterAll),
        ] {
            for n in names.unwrap_or_default() {
                config.extras.hooks.push((n, kind));
            }
        }
    }
    Ok(config)
}

fn compile_globs(patterns: &[Spanned<String>]) -> Result<Globs, (usize, String)> {
    let mut set = GlobSetBuilder::new();
    let mut name_set = GlobSetBuilder::new();
    let mut out = Vec::new();
    for (i, p) in patterns.iter().enumerate() {
        let pat = p.get_ref().trim_start_matches("./");
        let glob = Glob::new(pat).map_err(|e| {
            (
                i,
                format!(
                    "invalid glob `{}`: {}; write e.g. \"tests/**/*.py\"",
                    p.get_ref(),
                    e.kind()
                ),
            )
        })?;
        set.add(glob.clone());
        // `dir/**` should also match the directory itself, so the walker
        // can prune it.
        if let Some(stripped) = pat.strip_suffix("/**") {
            if let Ok(g) = Glob::new(stripped) {
                set.add(g);
            }
        }
        if !pat.contains('/') {
            name_set.add(glob);
        }
        out.push(p.get_ref().clone());
    }
    let build = |b: GlobSetBuilder| b.build().map_err(|e| (0, format!("invalid glob: {e}")));
    Ok(Globs {
        patterns: out,
        set: build(set)?,
        name_set: build(name_set)?,
    })
}

/// "unknown rule `x`; did you mean `y`?" with the list of rules.
pub fn unknown_rule_message(id: &str) -> String {
    match closest(id, rules::ids()) {
        Some(best) => format!("unknown rule `{id}`; did you mean `{best}`?"),
        None => format!(
            "unknown rule `{id}`; valid rules: {}",
            rules::ids().collect::<Vec<_>>().join(", ")
        ),
    }
}

/// The closest candidate by edit similarity, if any is close enough.
pub fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// Turns a TOML/serde error into a one-line message with the line and a
/// suggestion.
fn from_toml(file: &Path, text: &str, e: &toml::de::Error) -> ConfigError {
    let line = e.span().map(|s| line_of(text, s.start));
    // Keep the error on one line: parse errors span several.
    let joined = e
        .message()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    let msg = joined.as_str();
    // serde's messages quote the offending name and the valid ones in
    // backticks: "unknown field `selct`, expected one of `select`, ...".
    let quoted: Vec<&str> = msg.split('`').skip(1).step_by(2).collect();
    let message = if msg.starts_with("unknown field") {
        let key = quoted.first().copied().unwrap_or("");
        let valid = &quoted[1.min(quoted.len())..];
        match closest(key, valid.iter().copied()) {
            Some(best) => format!("unknown key `{key}`; did you mean `{best}`?"),
            None if valid.is_empty() => format!("unknown key `{key}`; this table takes no keys"),
            None => format!("unknown key `{key}`; valid keys: {}", valid.join(", ")),
        }
    } else if msg.starts_with("unknown variant") {
        let value = quoted.first().copied().unwrap_or("");
        let valid = &quoted[1.min(quoted.len())..];
        match closest(value, valid.iter().copied()) {
            Some(best) => format!("invalid value `{value}`; did you mean `{best}`?"),
            None => format!(
                "invalid value `{value}`; expected one of: {}",
                valid.join(", ")
            ),
        }
    } else if msg.starts_with("invalid type") && msg.contains("expected a sequence") {
        format!(
            "{msg}; rule lists and globs are arrays of strings, e.g. select = [\"hardcoded-port\"]"
        )
    } else if msg.starts_with("invalid type") && msg.contains("expected a map") {
        format!("{msg}; this key takes a table, e.g. [per-file-ignores] with \"e2e/**\" = [\"shared-seed-data\"]")
    } else if msg.contains("wanted string or table") {
        "invalid severity; use \"error\", \"warning\" or \"note\"".to_string()
    } else if msg.starts_with("invalid type") {
        format!("{msg}; see the Configuration reference in the README")
    } else {
        format!("invalid TOML: {msg}")
    };
    ConfigError {
        file: file.to_path_buf(),
        line,
        message,
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    text.as_bytes()[..byte.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// An absolute, lexically normalised path (no `.`/`..`), without touching
/// the file system beyond the current directory.
pub fn absolute(path: &Path) -> PathBuf {
    // Discovery hands out `./dir/file` under a `.` root: drop the `.` first,
    // so that most paths need no normalising at all.
    let path = match path.to_str().and_then(|s| s.strip_prefix("./")) {
        // `.//x` is `./x`, not `/x`.
        Some(rest) => Path::new(rest.trim_start_matches('/')),
        None => path.strip_prefix(".").unwrap_or(path),
    };
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        crate::source::working_dir()
            .unwrap_or(Path::new(""))
            .join(path)
    };
    if is_normalised(&joined) {
        // What the component loop below would rebuild, byte for byte; it
        // costs about 4,000 instructions a path, and this is asked several
        // times per file checked.
        return joined;
    }
    normalise(&joined)
}

/// Whether `path` is already what [`normalise`] makes of it: absolute, with
/// no `.`, `..` or empty segment and no trailing separator. Unix paths only;
/// elsewhere the component loop decides.
fn is_normalised(path: &Path) -> bool {
    if !cfg!(unix) {
        return false;
    }
    let bytes = path.as_os_str().as_encoded_bytes();
    let Some(rest) = bytes.strip_prefix(b"/") else {
        return false;
    };
    rest.is_empty()
        || rest
            .split(|&b| b == b'/')
            .all(|segment| !matches!(segment, b"" | b"." | b".."))
}

/// Finds the config for each path: nearest config file up the tree, cached
/// per directory; or one file for everything with `--config`.
#[derive(Debug)]
pub struct Resolver {
    explicit: Option<Arc<Config>>,
    defaults: Arc<Config>,
    /// By directory, keyed by the path's bytes: `Path`'s own `Hash` hashes
    /// component by component, and a warm run asks for every file's
    /// directory three times. The paths are absolute and normalised (see
    /// [`absolute`]), so equal bytes are equal paths.
    cache: Mutex<foldhash::HashMap<Box<[u8]>, Arc<Config>>>,
    errors: Mutex<Vec<ConfigError>>,
}

impl Resolver {
    pub fn new(explicit: Option<&Path>) -> Result<Resolver, ConfigError> {
        let explicit = match explicit {
            Some(file) => {
                if !file.is_file() {
                    return Err(ConfigError {
                        file: file.to_path_buf(),
                        line: None,
                        message: "config file does not exist; pass an existing `isolint.toml` to --config".into(),
                    });
                }
                match load(file)? {
                    Some(c) => Some(Arc::new(c)),
                    None => {
                        return Err(ConfigError {
                            file: file.to_path_buf(),
                            line: None,
                            message: "has no [tool.isolint] table; add one or pass an isolint.toml"
                                .into(),
                        })
                    }
                }
            }
            None => None,
        };
        Ok(Resolver {
            explicit,
            defaults: Arc::new(Config::defaults(absolute(Path::new(".")))),
            cache: Mutex::new(foldhash::HashMap::default()),
            errors: Mutex::new(Vec::new()),
        })
    }

    /// The config for a file or directory (absolute path). Errors are
    /// collected (see [`Resolver::take_errors`]) and the defaults returned.
    pub fn for_path(&self, abs: &Path, is_dir: bool) -> Arc<Config> {
        if let Some(c) = &self.explicit {
            return c.clone();
        }
        let start = if is_dir { Some(abs) } else { abs.parent() };
        let Some(start) = start else {
            return self.defaults.clone();
        };
        self.for_dir(start)
    }

    fn for_dir(&self, dir: &Path) -> Arc<Config> {
        let key = dir.as_os_str().as_encoded_bytes();
        if let Some(c) = self.cache.lock().ok().and_then(|c| c.get(key).cloned()) {
            return c;
        }
        let mut found = None;
        for name in FILE_NAMES {
            let candidate = dir.join(name);
            if !candidate.is_file() {
                continue;
            }
            match load(&candidate) {
                Ok(Some(c)) => {
                    found = Some(Arc::new(c));
                    break;
                }
                Ok(None) => {}
                Err(e) => {
                    if let Ok(mut errs) = self.errors.lock() {
                        errs.push(e);
                    }
                    found = Some(self.defaults.clone());
                    break;
                }
            }
        }
        let config = match found {
            Some(c) => c,
            None => match dir.parent() {
                Some(parent) => self.for_dir(parent),
                None => self.defaults.clone(),
            },
        };
        if let Ok(mut cache) = self.cache.lock() {
            cache.insert(key.into(), config.clone());
        }
        config
    }

    /// Config errors met so far, deduplicated by file.
    pub fn take_errors(&self) -> Vec<ConfigError> {
        let mut errs = self
            .errors
            .lock()
            .map(|mut e| std::mem::take(&mut *e))
            .unwrap_or_default();
        errs.sort_by(|a, b| a.file.cmp(&b.file));
        errs.dedup_by(|a, b| a.file == b.file);
        errs
    }
}

/// Parses rule ids given on the command line (`--select a,b`).
pub fn parse_cli_rules(values: &[String], flag: &str) -> Result<Vec<&'static str>, String> {
    let mut out = Vec::new();
    for v in values {
        for id in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match rules::ids().find(|r| *r == id) {
                Some(r) => out.push(r),
                None => return Err(format!("{flag}: {}", unknown_rule_message(id))),
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut in `absolute` gives what the component loop gives.
    #[test]
    fn absolute_matches_the_component_loop() {
        let cwd = crate::source::working_dir().expect("a working directory");
        for p in [
            "/a/b/c.test.ts",
            "/",
            "/a//b",
            "/a/b/",
            "/a/./b",
            "/a/../b",
            "/a/b/..",
            "/a/.hidden/b.py",
            "/a/..b/c",
            "./x/y.test.js",
            ".//x/y",
            "././x",
            ".",
            "./",
            "x",
            "../x",
            "x/./y",
            "x//y/",
            "",
        ] {
            let path = Path::new(p);
            let joined = if path.is_absolute() {
                path.to_path_buf()
            } else {
                cwd.join(path)
            };
            assert_eq!(absolute(path), normalise(&joined), "{p}");
        }
        assert!(is_normalised(Path::new("/a/.hidden/b")));
        assert!(!is_normalised(Path::new("/a/./b")));
        assert!(!is_normalised(Path::new("a/b")));
    }

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    #[test]
    fn unknown_key_names_line_and_suggestion() {
        let d = tempfile::tempdir().unwrap();
        let f = write(
            d.path(),
            "isolint.toml",
            "ignore = []\nselct = [\"hardcoded-port\"]\n",
        );
        let e = load(&f).unwrap_err();
        assert_eq!(e.line, Some(2));
        assert_eq!(e.message, "unknown key `selct`; did you mean `select`?");
    }

    #[test]
    fn unknown_rule_in_severity_and_pyproject_spans() {
        let d = tempfile::tempdir().unwrap();
        let f = write(
            d.path(),
            "pyproject.toml",
            "[project]\nname = \"x\"\n\n[tool.isolint.severity]\nhardcoded-prt = \"error\"\n",
        );
        let e = load(&f).unwrap_err();
        assert_eq!(e.line, Some(5));
        assert_eq!(
            e.message,
            "unknown rule `hardcoded-prt`; did you mean `hardcoded-port`?"
        );
    }

    #[test]
    fn pyproject_without_table_is_skipped() {
        let d = tempfile::tempdir().unwrap();
        let f = write(d.path(), "pyproject.toml", "[project]\nname = \"x\"\n");
        assert!(load(&f).unwrap().is_none());
    }

    /// A broken `pyproject.toml` that is not ours (test data, say) is
    /// skipped like a valid one; one with an isolint table is still an error.
    #[test]
    fn broken_pyproject_is_an_error_only_when_it_configures_isolint() {
        let d = tempfile::tempdir().unwrap();
        let not_ours = write(
            d.path(),
            "pyproject.toml",
            "[tool.pytest.ini_options\nx = [\n",
        );
        assert!(load(&not_ours).unwrap().is_none());
        std::fs::write(&not_ours, b"[project]\nname = \"\xff\xfe\"\n").unwrap();
        assert!(load(&not_ours).unwrap().is_none());
        let ours = write(d.path(), "pyproject.toml", "[tool.isolint\nselect = [\n");
        let e = load(&ours).unwrap_err();
        assert!(e.message.contains("invalid TOML"), "{}", e.message);
        std::fs::write(&ours, b"[tool.isolint]\nselect = [\"\xff\"]\n").unwrap();
        let e = load(&ours).unwrap_err();
        assert!(e.message.contains("not UTF-8"), "{}", e.message);
    }

    #[test]
    fn selection_precedence() {
        let d = tempfile::tempdir().unwrap();
        let f = write(
            d.path(),
            "isolint.toml",
            "select = [\"hardcoded-port\", \"env-mutation\"]\nignore = [\"env-mutation\"]\n[per-file-ignores]\n\"legacy/**\" = [\"hardcoded-port\"]\n",
        );
        let c = load(&f).unwrap().unwrap();
        let none = Overrides::default();
        let file = c.dir.join("a.test.js");
        assert_eq!(c.rules_for(&file, &none), vec!["hardcoded-port"]);
        assert!(c
            .rules_for(&c.dir.join("legacy/x/a.test.js"), &none)
            .is_empty());
        let cli = Overrides {
            select: Some(vec!["env-mutation"]),
            ignore: vec![],
        };
        assert_eq!(c.rules_for(&file, &cli), vec!["env-mutation"]);
    }

    /// `extra-hooks` / `extra-fixtures` reach the model: in-house helpers
    /// become hooks and fixtures.
    #[test]
    fn extra_hooks_and_fixtures_reach_the_model() {
        use crate::lang::Lang;
        use crate::model::scope::ScopeKind;
        use crate::model::{FileRole, Model, ProjectFacts};
        let d = tempfile::tempdir().unwrap();
        let f = write(
            d.path(),
            "isolint.toml",
            "extra-fixtures = [\"db_fixture\"]\n[extra-hooks]\nbefore-each = [\"setupDb\", \"prepare\"]\n",
        );
        let c = load(&f).unwrap().unwrap();
        let project = ProjectFacts {
            extras: c.extras.clone(),
            ..ProjectFacts::default()
        };
        let kinds = |file: &str, src: &str, project: &ProjectFacts| -> Vec<ScopeKind> {
            let lang = Lang::from_path(Path::new(file)).unwrap();
            let mut parser = tree_sitter::Parser::new();
            parser.set_language(&lang.grammar()).unwrap();
            let tree = parser.parse(src, None).unwrap();
            let m = Model::build(lang, src, &tree, FileRole::Test, project, &c.isolation);
            m.scopes.iter().map(|s| s.kind.clone()).collect()
        };
        let js = "setupDb(() => { db.reset(); });\ntest('a', () => {});\n";
        let hook = ScopeKind::Hook(HookKind::BeforeEach);
        assert!(kinds("a.test.js", js, &project).contains(&hook));
        assert!(!kinds("a.test.js", js, &ProjectFacts::default()).contains(&hook));
        let py = "@db_fixture\ndef users():\n    return []\n\nclass TestX:\n    def prepare(self):\n        pass\n    def test_a(self):\n        pass\n";
        let got = kinds("test_x.py", py, &project);
        assert!(got.contains(&hook), "{got:?}");
        assert!(
            got.iter().any(|k| matches!(k, ScopeKind::Fixture { .. })),
            "{got:?}"
        );
        let plain = kinds("test_x.py", py, &ProjectFacts::default());
        assert!(
            !plain.contains(&hook) && !plain.iter().any(|k| matches!(k, ScopeKind::Fixture { .. }))
        );
    }
}
