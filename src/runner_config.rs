//! Test-runner configs under the scanned root and above it, up to the
//! repository top (spec: "What counts as a test
//! file"): `jest.config.*`, `package.json` `"jest"`, `vitest.config.*` /
//! `vite.config.*`, `playwright.config.*`, Mocha's `.mocharc.*` and
//! `package.json` `"mocha"`, and pytest's `python_files` in `pytest.ini` /
//! `pyproject.toml` / `setup.cfg` / `tox.ini`; and, for which runner a JS
//! project uses ([`ProjectFacts::js_runner`]), Karma's `karma.conf.*`,
//! `angular.json`'s test target, Jasmine's `spec/support/jasmine.json` and
//! `package.json`'s dependencies.
//!
//! JS configs are code; they are never executed. Literal values are read
//! textually: `key: 'string'` or `key: ['a', 'b']` (quotes of any kind,
//! `<rootDir>` expanded), `key: true`. A value built by code (a variable, a
//! function call) is not understood and is ignored, which only means fewer
//! extra files and fewer relaxations: never a wrong finding.
//!
//! Output: extra test-file globs (relative to the walked root), setup files
//! (`FileRole::SetupFile`), global setup/teardown modules
//! (`FileRole::GlobalSetup`), and [`ProjectFacts`]. Facts are scoped to the
//! config's directory: in a monorepo, one package's `restoreMocks: true` or
//! timer-restoring setup file covers that package's tests only
//! ([`RunnerConfig::project_for`]).

use crate::discover::Discovery;
use crate::model::framework::Framework;
use crate::model::ProjectFacts;
use globset::{Glob, GlobSetBuilder};
use std::path::{Path, PathBuf};

/// How deep under the root configs are looked for (monorepo packages).
const MAX_DEPTH: usize = 4;
/// Configs larger than this are not read (generated or vendored).
const MAX_CONFIG_BYTES: u64 = 512 * 1024;
const JS_CONFIG_EXTS: &[&str] = &["js", "ts", "mjs", "cjs", "mts", "cts"];
const SETUP_EXTS: &[&str] = &["js", "ts", "mjs", "cjs", "jsx", "tsx", "mts", "cts"];

#[derive(Debug, Default, Clone)]
pub struct RunnerConfig {
    /// Globs of extra test files, relative to the walked root.
    pub test_globs: Vec<String>,
    /// Jest `testRegex` patterns with the absolute directory each searches
    /// (the config's directory, or each of its `roots`).
    pub test_regexes: Vec<(PathBuf, String)>,
    pub setup_files: Vec<PathBuf>,
    pub global_setup_files: Vec<PathBuf>,
    /// The union of every config's facts (what one config file says, for
    /// tests of a single config).
    pub project: ProjectFacts,
    /// Each config's facts with the (absolute) directory they cover.
    scoped: Vec<(PathBuf, ProjectFacts)>,
    /// The `conftest.py` fixtures above each Python file, read on demand.
    pub conftests: crate::conftests::Conftests,
    /// Project modules Python files import base classes and marks from.
    pub py_modules: crate::pyimports::PyModules,
}

impl RunnerConfig {
    /// Reads the configs under each directory among `paths` (for file
    /// arguments only, as pre-commit passes them: under the current
    /// directory), and those in the directories above each path up to its
    /// repository's top: `isolint check src/` in a project whose
    /// `jest.config.js` sits at the top reads it, as `jest` run there does.
    pub fn load(paths: &[PathBuf]) -> RunnerConfig {
        let mut out = RunnerConfig::default();
        let mut roots: Vec<&Path> = paths
            .iter()
            .filter(|p| p.is_dir())
            .map(PathBuf::as_path)
            .collect();
        if roots.is_empty() {
            roots.push(Path::new("."));
        }
        let mut loaded = std::collections::HashSet::new();
        for root in &roots {
            out.load_root(root, &mut loaded);
        }
        // Directories whose configs were looked for: many file arguments
        // in one tree climb each directory above them once.
        let mut listed = std::collections::HashSet::new();
        for path in paths
            .iter()
            .map(PathBuf::as_path)
            .chain(roots.iter().copied())
        {
            let start = if path.is_dir() {
                path
            } else {
                path.parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .unwrap_or(Path::new("."))
            };
            out.load_ancestors(&crate::config::absolute(start), &mut loaded, &mut listed);
        }
        out.setup_files.sort();
        out.setup_files.dedup();
        out.global_setup_files.sort();
        out.global_setup_files.dedup();
        out.test_globs.sort();
        out.test_globs.dedup();
        out.test_regexes.sort();
        out.test_regexes.dedup();
        out
    }

    /// The runner facts that apply to `file`: those of every config whose
    /// directory contains it.
    /// `file` is absolute, as [`crate::config::absolute`] makes it.
    pub fn project_for(&self, file: &Path) -> ProjectFacts {
        let mut out = ProjectFacts::default();
        for (dir, facts) in &self.scoped {
            if file.starts_with(dir) {
                union(&mut out, facts);
            }
        }
        // The runner is the nearest config's: a Karma app below a root
        // `package.json` that depends on Jest runs Jasmine, and a Jest
        // package below an Angular workspace runs Jest.
        out.js_runner = self
            .scoped
            .iter()
            .filter(|(dir, facts)| file.starts_with(dir) && facts.js_runner.is_some())
            .max_by_key(|(dir, facts)| {
                (
                    dir.components().count(),
                    facts.js_runner != Some(Framework::Jasmine),
                )
            })
            .and_then(|(_, facts)| facts.js_runner);
        if crate::lang::Lang::from_path(file).is_some_and(|l| l.is_python()) {
            out.conftest_fixtures = self.conftests.fixtures_for(file, &self.py_modules);
        }
        out
    }

    /// Adds to `project` (the facts [`Self::project_for`] gave `file`) what
    /// depends on the file's source: base classes and marks a Python file
    /// imports from its project, and the fixtures it imports from there
    /// (`from tests.fixtures import workdir`, `from .fixtures import *`,
    /// `pytest_plugins`). pytest registers a fixture found in a test
    /// module's namespace for that module's tests, ahead of a conftest
    /// fixture of the same name.
    /// `file` is absolute, as [`crate::config::absolute`] makes it.
    pub fn add_source_facts(&self, file: &Path, src: &[u8], project: &mut ProjectFacts) {
        if !crate::lang::Lang::from_path(file).is_some_and(|l| l.is_python()) {
            return;
        }
        // Validated once for both readers below (a lossy conversion
        // validates even text that is valid, and slower than `from_utf8`).
        let text = match std::str::from_utf8(src) {
            Ok(s) => std::borrow::Cow::Borrowed(s),
            Err(_) => String::from_utf8_lossy(src),
        };
        project.imported = self.py_modules.imported_for(file, &text);
        if let Some(dir) = file.parent() {
            let own = self.py_modules.plugin_fixtures(dir, &text);
            if !own.is_empty() {
                project
                    .conftest_fixtures
                    .retain(|f| !own.iter().any(|o| o.name == f.name));
                project.conftest_fixtures.splice(0..0, own);
            }
        }
    }

    /// What discovery needs from the configs.
    pub fn discovery(&self) -> Discovery {
        let mut builder = GlobSetBuilder::new();
        let mut any = false;
        for g in &self.test_globs {
            if let Ok(glob) = Glob::new(g) {
                builder.add(glob);
                any = true;
            }
        }
        Discovery {
            setup_files: self.setup_files.clone(),
            global_setup_files: self.global_setup_files.clone(),
            test_globs: if any { builder.build().ok() } else { None },
            test_regexes: self
                .test_regexes
                .iter()
                .filter_map(|(scope, re)| Some((scope.clone(), regex::Regex::new(re).ok()?)))
                .collect(),
            ..Discovery::default()
        }
    }

    /// Reads the configs in the directories above `start` (absolute) up to
    /// the top of its git repository (the nearest directory holding
    /// `.git`). Outside a repository nothing above `start` is read: a stray
    /// `package.json` in a home directory names no project. Configs
    /// `load_root` already read are skipped (`loaded`), and so are the
    /// directories an earlier climb listed (`listed`), with all above them.
    ///
    /// A glob of such a config names files relative to its own directory,
    /// while discovery matches paths relative to the walked root below it:
    /// `**/x` applies as it is, a glob starting with the path from the
    /// config down to the walked root applies without that prefix, and any
    /// other glob names files outside the checked tree and is dropped.
    fn load_ancestors(
        &mut self,
        start: &Path,
        loaded: &mut std::collections::HashSet<PathBuf>,
        listed: &mut std::collections::HashSet<PathBuf>,
    ) {
        let Some(top) = crate::source::repository_top(start) else {
            return;
        };
        for dir in start.ancestors().skip(1).take_while(|d| d.starts_with(top)) {
            if !listed.insert(dir.to_path_buf()) {
                break;
            }
            let Ok(entries) = std::fs::read_dir(dir) else {
                break;
            };
            let mut configs: Vec<(PathBuf, ConfigKind)> = entries
                .flatten()
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                .filter_map(|e| {
                    let kind = config_kind(e.file_name().to_str()?);
                    (kind != ConfigKind::None).then(|| (e.path(), kind))
                })
                .collect();
            configs.sort_by(|a, b| a.0.cmp(&b.0));
            let below = start.strip_prefix(dir).unwrap_or(Path::new(""));
            for (path, kind) in configs {
                let globs_before = self.test_globs.len();
                self.apply_file(&path, kind, dir, Path::new(""), loaded);
                let added = self.test_globs.split_off(globs_before);
                self.test_globs
                    .extend(added.into_iter().filter_map(|g| rebase_glob(&g, below)));
            }
        }
    }

    /// Reads and applies one config file, once per run.
    fn apply_file(
        &mut self,
        path: &Path,
        kind: ConfigKind,
        dir: &Path,
        rel_dir: &Path,
        loaded: &mut std::collections::HashSet<PathBuf>,
    ) {
        if !loaded.insert(crate::config::absolute(path)) {
            return;
        }
        if std::fs::metadata(path).map_or(true, |m| m.len() > MAX_CONFIG_BYTES) {
            return;
        }
        let Ok(text) = std::fs::read_to_string(path) else {
            return;
        };
        self.apply(kind, &text, dir, rel_dir);
    }

    fn load_root(&mut self, root: &Path, loaded: &mut std::collections::HashSet<PathBuf>) {
        // Hidden entries are skipped, except Mocha's `.mocharc.*`.
        let walker = ignore::WalkBuilder::new(root)
            .hidden(false)
            .git_ignore(true)
            .require_git(false)
            .max_depth(Some(MAX_DEPTH))
            .filter_entry(|e| {
                let name = e.file_name().to_string_lossy();
                name != "node_modules"
                    && (e.depth() == 0
                        || !name.starts_with('.')
                        || (name.starts_with(".mocharc.")
                            && e.file_type().is_some_and(|t| t.is_file())))
            })
            .build();
        for entry in walker.flatten() {
            if !entry.file_type().is_some_and(|t| t.is_file()) {
                continue;
            }
            let path = entry.path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            let kind = config_kind(name);
            if kind == ConfigKind::None {
                continue;
            }
            let dir = path.parent().unwrap_or(root);
            let rel_dir = dir.strip_prefix(root).unwrap_or(Path::new(""));
            self.apply_file(path, kind, dir, rel_dir, loaded);
        }
    }

    /// Applies one config file's text. `dir` is the config's directory (for
    /// resolving files), `rel_dir` the same relative to the walked root (for
    /// globs).
    pub fn apply(&mut self, kind: ConfigKind, text: &str, dir: &Path, rel_dir: &Path) {
        // Collect this config's facts on their own, then record them scoped
        // to its directory and in the union.
        let union_so_far = std::mem::take(&mut self.project);
        self.apply_unscoped(kind, text, dir, rel_dir);
        let own = std::mem::replace(&mut self.project, union_so_far);
        union(&mut self.project, &own);
        // `spec/support/jasmine.json` configures the project two levels up.
        let scope = match kind {
            ConfigKind::JasmineJson if dir.ends_with("spec/support") => {
                dir.parent().and_then(Path::parent).unwrap_or(dir)
            }
            _ => dir,
        };
        self.scoped.push((crate::config::absolute(scope), own));
    }

    fn apply_unscoped(&mut self, kind: ConfigKind, text: &str, dir: &Path, rel_dir: &Path) {
        match kind {
            ConfigKind::None => {}
            ConfigKind::Jest | ConfigKind::Vitest | ConfigKind::Playwright => {
                self.apply_js(kind, text, dir, rel_dir)
            }
            ConfigKind::Karma => {
                if string_values(text, "frameworks")
                    .iter()
                    .any(|f| f == "jasmine")
                {
                    self.project.js_runner = Some(Framework::Jasmine);
                }
            }
            ConfigKind::Angular => {
                if let Ok(json) = serde_json::from_str::<serde_json::Value>(text) {
                    self.project.js_runner = angular_test_runner(&json);
                }
            }
            ConfigKind::JasmineJson => self.project.js_runner = Some(Framework::Jasmine),
            ConfigKind::PackageJson => {
                let Ok(json) = serde_json::from_str::<serde_json::Value>(text) else {
                    return;
                };
                self.project.js_runner = package_test_runner(&json);
                if let Some(jest) = json.get("jest") {
                    // The object is JSON, which the textual reader handles.
                    self.apply_js(ConfigKind::Jest, &jest.to_string(), dir, rel_dir);
                }
                if let Some(mocha) = json.get("mocha") {
                    self.apply_mocha(&MochaEntries::from_json(mocha), dir, rel_dir);
                }
            }
            ConfigKind::MochaJs => self.apply_mocha(&MochaEntries::from_js(text), dir, rel_dir),
            ConfigKind::MochaJson => {
                // `.mocharc.json(c)` may hold comments (Mocha strips them);
                // what still is no JSON (trailing commas) is read textually.
                let entries = serde_json::from_str::<serde_json::Value>(&strip_json_comments(text))
                    .map(|v| MochaEntries::from_json(&v))
                    .unwrap_or_else(|_| MochaEntries::from_js(text));
                self.apply_mocha(&entries, dir, rel_dir);
            }
            ConfigKind::MochaYaml => self.apply_mocha(&MochaEntries::from_yaml(text), dir, rel_dir),
            ConfigKind::PytestIni | ConfigKind::ToxIni => {
                self.apply_python_files(ini_value(text, &["pytest"], "python_files"), rel_dir);
                self.project.python_functions = ini_value(text, &["pytest"], "python_functions");
            }
            ConfigKind::SetupCfg => {
                let sections = &["tool:pytest", "pytest"];
                self.apply_python_files(ini_value(text, sections, "python_files"), rel_dir);
                self.project.python_functions = ini_value(text, sections, "python_functions");
            }
            ConfigKind::Pyproject => {
                let Ok(doc) = text.parse::<toml::Table>() else {
                    return;
                };
                let options = doc
                    .get("tool")
                    .and_then(|t| t.get("pytest"))
                    .and_then(|t| t.get("ini_options"));
                let patterns = |key: &str| match options.and_then(|t| t.get(key)) {
                    Some(toml::Value::String(s)) => {
                        s.split_whitespace().map(str::to_string).collect()
                    }
                    Some(toml::Value::Array(items)) => items
                        .iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect(),
                    _ => Vec::new(),
                };
                self.apply_python_files(patterns("python_files"), rel_dir);
                self.project.python_functions = patterns("python_functions");
            }
        }
    }

    fn apply_js(&mut self, kind: ConfigKind, text: &str, dir: &Path, rel_dir: &Path) {
        // A `vite.config.*` runs tests only when it configures Vitest.
        match kind {
            ConfigKind::Jest => self.project.js_runner = Some(Framework::Jest),
            ConfigKind::Vitest if !key_values_at(text, "test").is_empty() => {
                self.project.js_runner = Some(Framework::Vitest)
            }
            _ => {}
        }
        if literal_true(text, "restoreMocks") {
            self.project.restore_mocks = true;
        }
        if literal_true(text, "unstubEnvs") {
            self.project.unstub_envs = true;
        }
        if literal_true(text, "unstubGlobals") {
            self.project.unstub_globals = true;
        }
        let expand = |s: &str| s.replace("<rootDir>/", "").replace("<rootDir>", "");
        // Vitest resolves setup files against `root`, the config's own
        // directory unless set. A config kept in a subdirectory names the
        // project above it (`test/vitest.config.mjs` with `root:
        // resolve(__dirname, '..')` and `globalSetup: ['test/setup.ts']`):
        // a name not found next to the config is looked up from the
        // literal root, or else from the directories above. Without a
        // `root`, Vite's default is the working directory the CLI runs in:
        // a config kept in a subdirectory and run from its package
        // (`vitest run -r __tests__/e2e` naming `globalSetup:
        // ['__tests__/e2e/vitestGlobalSetup.ts']`) names files from the
        // nearest directory above that holds a `package.json`.
        let roots: Vec<PathBuf> = if kind != ConfigKind::Vitest {
            Vec::new()
        } else if !key_values_at(text, "root").is_empty() {
            string_values(text, "root")
                .iter()
                .map(|r| dir.join(r))
                .chain(dir.ancestors().skip(1).take(2).map(Path::to_path_buf))
                .collect()
        } else {
            dir.ancestors()
                .skip(1)
                .find(|a| a.join("package.json").is_file())
                .map(Path::to_path_buf)
                .into_iter()
                .collect()
        };
        let resolve = |name: &str| {
            resolve_file(dir, name).or_else(|| roots.iter().find_map(|r| resolve_file(r, name)))
        };
        let mut setup = Vec::new();
        for key in ["setupFiles", "setupFilesAfterEnv"] {
            setup.extend(file_values(text, key));
        }
        for s in setup {
            if let Some(p) = resolve(&expand(&s)) {
                self.learn_from_setup_file(&p);
                self.push_setup_file(p);
            }
        }
        for key in ["globalSetup", "globalTeardown"] {
            for s in file_values(text, key) {
                if let Some(p) = resolve(&expand(&s)) {
                    self.global_setup_files.push(p);
                }
            }
        }
        // A test environment module of the project (`testEnvironment:
        // './prisma/prisma-test-environment.ts'`); `node` and `jsdom` are
        // packages and resolve to no file.
        for key in ["testEnvironment", "environment"] {
            for s in file_values(text, key) {
                if let Some(p) = resolve(&expand(&s)) {
                    let env = std::fs::read_to_string(&p).unwrap_or_default();
                    self.project.private_database_environment |= environment_private_database(&env);
                }
            }
        }
        let base = match kind {
            // Playwright's testMatch is relative to testDir.
            ConfigKind::Playwright => string_values(text, "testDir")
                .first()
                .map(|d| rel_dir.join(expand(d).trim_start_matches("./")))
                .unwrap_or_else(|| rel_dir.to_path_buf()),
            _ => rel_dir.to_path_buf(),
        };
        // Jest searches its `roots` (default: the config's directory) for
        // files matching `testMatch` or `testRegex`, the latter tested
        // against the absolute path.
        let jest_roots: Vec<String> = if kind == ConfigKind::Jest {
            string_values(text, "roots")
                .iter()
                .map(|r| expand(r).trim_start_matches("./").to_string())
                .collect()
        } else {
            Vec::new()
        };
        if kind == ConfigKind::Jest {
            let scopes: Vec<PathBuf> = if jest_roots.is_empty() {
                vec![crate::config::absolute(dir)]
            } else {
                jest_roots
                    .iter()
                    .map(|r| crate::config::absolute(&dir.join(r)))
                    .collect()
            };
            for re in string_values(text, "testRegex") {
                for scope in &scopes {
                    self.test_regexes.push((scope.clone(), re.clone()));
                }
            }
        }
        let keys: &[&str] = match kind {
            ConfigKind::Vitest => &["include"],
            _ => &["testMatch"],
        };
        for key in keys {
            for pattern in string_values(text, key) {
                let pattern = expand(&pattern);
                // `**/x` under `roots: ['<rootDir>/src']` is `src/**/x`.
                if pattern.starts_with("**/") && !jest_roots.is_empty() {
                    for root in &jest_roots {
                        self.test_globs.extend(to_globs(&base.join(root), &pattern));
                    }
                } else {
                    self.test_globs.extend(to_globs(&base, &pattern));
                }
            }
        }
    }

    /// Mocha's `require` and `file` entries that name project files (not
    /// packages such as `ts-node/register`, which resolve to no file), and
    /// its `spec` globs, files and directories.
    ///
    /// Roles. A file named in `file` is loaded ahead of the spec files, like
    /// a Jest `setupFilesAfterEnv` file: a setup file. A `require` file is
    /// loaded in every process that runs tests, like a Jest `setupFiles`
    /// file: a setup file too, unless it is a global fixtures module. Mocha
    /// runs `mochaGlobalSetup`/`mochaGlobalTeardown` once per run, before or
    /// after all workers, like a Jest `globalSetup` module; a file has one
    /// role, so a `require` file exporting them is a global set-up module
    /// (`FileRole::GlobalSetup`), as its purpose is. One that also exports
    /// root hooks (`mochaHooks`, which run around every test in every
    /// worker) stays a setup file: the rules skip global set-up modules
    /// wholesale, which would hide what its per-test hooks do, while a
    /// setup file's plain functions (the fixtures) are already set-up code
    /// to the env-mutation and truncate-in-hook rules (fixed-temp-path
    /// still reports a fixed temp file written in such a file's fixtures).
    fn apply_mocha(&mut self, m: &MochaEntries, dir: &Path, rel_dir: &Path) {
        for name in &m.require {
            let Some(p) = resolve_mocha_file(dir, name) else {
                continue;
            };
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            let global_fixtures = ["mochaGlobalSetup", "mochaGlobalTeardown"]
                .iter()
                .any(|n| exports_binding(&text, n));
            if global_fixtures && !exports_binding(&text, "mochaHooks") {
                self.global_setup_files.push(p);
            } else {
                self.learn_from_setup_file(&p);
                self.setup_files.push(p);
            }
        }
        for name in &m.file {
            if let Some(p) = resolve_mocha_file(dir, name) {
                self.learn_from_setup_file(&p);
                self.setup_files.push(p);
            }
        }
        for spec in &m.spec {
            let spec = spec.trim_start_matches("./").trim_end_matches('/');
            if spec.is_empty() || spec.starts_with('/') {
                continue;
            }
            let pattern = if spec.contains(['*', '?', '[', '{']) {
                spec.to_string()
            } else if dir.join(spec).is_dir() {
                format!("{spec}/**")
            } else if dir.join(spec).is_file() {
                spec.to_string()
            } else {
                continue;
            };
            // (A bare file glob, `*.check.js`, matches at any depth, as a
            // Playwright `testMatch` does: Mocha's is from the config's
            // directory only, a difference of no consequence for a lint.)
            self.test_globs.extend(to_globs(rel_dir, &pattern));
        }
    }

    fn apply_python_files(&mut self, patterns: Vec<String>, rel_dir: &Path) {
        for p in patterns {
            // pytest matches python_files against the basename.
            self.test_globs
                .extend(to_globs(rel_dir, &format!("**/{p}")));
        }
    }

    /// A setup file whose global `afterEach` restores timers/mocks/env
    /// relaxes the matching rules for every test file.
    /// Records a config-named setup file, and the project modules it
    /// imports for their side effects alone (`import './db-setup.ts'`, the
    /// Epic Stack's `setup-test-env.ts`): their top-level code runs as part
    /// of the setup file, before every test file, so they have its role.
    fn push_setup_file(&mut self, path: PathBuf) {
        if let (Ok(text), Some(dir)) = (std::fs::read_to_string(&path), path.parent()) {
            for name in side_effect_imports(&text) {
                if let Some(p) = resolve_file(dir, name) {
                    self.setup_files.push(p);
                }
            }
        }
        self.setup_files.push(path);
    }

    fn learn_from_setup_file(&mut self, path: &Path) {
        let Ok(text) = std::fs::read_to_string(path) else {
            return;
        };
        let facts = setup_file_facts(&text);
        self.project.setup_restores_timers |= facts.setup_restores_timers;
        self.project.restore_mocks |= facts.restore_mocks;
        self.project.unstub_envs |= facts.unstub_envs;
        self.project.unstub_globals |= facts.unstub_globals;
        self.project.private_database_environment |= facts.private_database_environment;
    }
}

/// Adds the runner facts of `other` to `into` (facts only relax findings;
/// of two runners, one that is not Jasmine is kept, as
/// [`RunnerConfig::project_for`] keeps it between configs of one directory).
fn union(into: &mut ProjectFacts, other: &ProjectFacts) {
    if into.js_runner.is_none() || into.js_runner == Some(Framework::Jasmine) {
        into.js_runner = other.js_runner.or(into.js_runner);
    }
    into.restore_mocks |= other.restore_mocks;
    into.setup_restores_timers |= other.setup_restores_timers;
    into.unstub_envs |= other.unstub_envs;
    into.unstub_globals |= other.unstub_globals;
    into.private_database_environment |= other.private_database_environment;
    for p in &other.python_functions {
        if !into.python_functions.contains(p) {
            into.python_functions.push(p.clone());
        }
    }
}

/// Whether a test environment module gives each test file a database of its
/// own. Jest and Vitest set the environment up once per test file; one that
/// names a schema or database from an isolated value (`const schema =
/// randomUUID()`, `this.schema = \`test_${uuid()}\``) and hands it to the
/// code under test (`process.env.DATABASE_URL = url`, `?schema=`) makes
/// every write of those files land in a database no other file sees (the
/// Prisma environment of many NestJS and Fastify e2e suites). One that
/// points at a fixed test database (`process.env.DATABASE_URL =
/// process.env.TEST_DATABASE_URL`) is shared by all files.
pub fn environment_private_database(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    if !(text.contains("DATABASE_URL") || lower.contains("schema")) {
        return false;
    }
    text.lines().any(|line| {
        let l = line.to_ascii_lowercase();
        (l.contains("schema") || l.contains("database") || l.contains("dbname"))
            && crate::model::isolation::ISOLATED_FUNCTIONS
                .iter()
                .any(|f| !word_starts(line, &format!("{f}(")).is_empty())
    })
}

/// What a setup file's global teardown restores: `afterEach` calling
/// `useRealTimers()` (timers), `restoreAllMocks()` (spies),
/// `unstubAllEnvs()` (env stubs), `unstubAllGlobals()` (global stubs).
/// A global `afterAll` counts too: a setup file's hooks are root hooks of
/// every test file, and a root `afterAll` restore covers the file's clock
/// as it would written in the test file itself (set 68: a setup file's
/// `beforeAll(() => jest.useFakeTimers())` / `afterAll(() =>
/// jest.useRealTimers())` around tests that call `jest.setSystemTime`).
///
/// A Mocha root hook plugin's `afterEach` (`exports.mochaHooks = {
/// afterEach() {...} }`) is a global `afterEach` too.
pub fn setup_file_facts(text: &str) -> ProjectFacts {
    let mut facts = ProjectFacts::default();
    let mut learn = |body: &str| {
        facts.setup_restores_timers |= body.contains("useRealTimers");
        facts.restore_mocks |= body.contains("restoreAllMocks");
        facts.unstub_envs |= body.contains("unstubAllEnvs");
        facts.unstub_globals |= body.contains("unstubAllGlobals");
    };
    // A setup file runs in each test file (Jest, Vitest) or each Mocha
    // worker: a `MongoMemoryServer` or in-memory SQLite it starts is a
    // database of that file alone (set 70: the `setupFilesAfterEnv` of
    // `MongoMemoryServer.create()` + `mongoose.connect(uri)`).
    facts.private_database_environment = crate::model::database::names_in_memory_database(text);
    // The text of each afterEach/afterAll call, up to its balanced
    // closing paren.
    for hook in ["afterEach", "afterAll"] {
        let mut rest = text;
        while let Some(i) = rest.find(hook) {
            let after = &rest[i + hook.len()..];
            if after.starts_with('(') {
                learn(balanced(after, '(', ')').unwrap_or(""));
            }
            rest = &rest[i + 1..];
        }
    }
    for hooks in mocha_hooks_objects(text) {
        for start in word_starts(hooks, "afterEach") {
            learn(property_text(&hooks[start + "afterEach".len()..]));
        }
    }
    facts
}

/// The text of each object (or function body returning one) bound to
/// `mochaHooks`: `exports.mochaHooks = {...}`, `export const mochaHooks =
/// () => ({...})`, `module.exports = { mochaHooks: {...} }`.
fn mocha_hooks_objects(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for start in word_starts(text, "mochaHooks") {
        let rest = &text[start + "mochaHooks".len()..];
        let Some(open) = rest.find('{') else {
            continue;
        };
        // Only `=`, `:`, an arrow or a parameter list between the name and
        // the brace (`{ mochaHooks }` is a reference, not the object).
        let gap = rest[..open].replace("async", "").replace("function", "");
        if !gap
            .chars()
            .all(|c| c.is_whitespace() || "=:()>".contains(c))
        {
            continue;
        }
        if let Some(body) = balanced(&rest[open..], '{', '}') {
            out.push(body);
        }
    }
    out
}

/// The text of an object property's value from just after its key, up to
/// the `,` or closing bracket that ends it (`() {...}`, `: () => x()`,
/// `: [a, b]`).
fn property_text(s: &str) -> &str {
    let mut depth = 0usize;
    for (i, c) in unquoted(s) {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                if depth == 0 {
                    return &s[..i];
                }
                depth -= 1;
            }
            ',' | ';' if depth == 0 => return &s[..i],
            _ => {}
        }
    }
    s
}

/// The characters of `s` outside quoted strings (`'...'`, `"..."`,
/// `` `...` ``, backslash escapes honoured), with their byte offsets; the
/// quotes themselves are left out.
fn unquoted(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    s.char_indices().filter(move |&(_, c)| {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
            return false;
        }
        if matches!(c, '"' | '\'' | '`') {
            quote = Some(c);
            return false;
        }
        true
    })
}

/// Byte offsets where `word` occurs as a whole identifier.
fn word_starts(text: &str, word: &str) -> Vec<usize> {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    text.match_indices(word)
        .filter(|(i, _)| {
            !text[..*i].chars().next_back().is_some_and(ident)
                && !text[i + word.len()..].chars().next().is_some_and(ident)
        })
        .map(|(i, _)| i)
        .collect()
}

/// Whether a JS module exports a binding `name`, read textually:
/// `exports.name = ...` / `module.exports.name`, `module.exports = { name
/// ... }`, `export [async] function name`, `export const|let|var name`,
/// `export { ... name }`.
fn exports_binding(text: &str, name: &str) -> bool {
    for start in word_starts(text, name) {
        let before = text[..start].trim_end();
        if before.ends_with("exports.") {
            return true;
        }
        let before = before.trim_end_matches('*').trim_end();
        for kw in ["function", "const", "let", "var"] {
            let Some(rest) = before.strip_suffix(kw) else {
                continue;
            };
            let mut rest = rest.trim_end();
            if kw == "function" {
                rest = rest.strip_suffix("async").unwrap_or(rest).trim_end();
            }
            if rest.ends_with("export")
                && !rest[..rest.len() - "export".len()]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$' || c == '.')
            {
                return true;
            }
        }
    }
    // Export lists and objects.
    for opener in ["module.exports", "export"] {
        for start in word_starts(text, opener) {
            let mut rest = text[start + opener.len()..].trim_start();
            if opener == "module.exports" {
                let Some(r) = rest.strip_prefix('=') else {
                    continue;
                };
                rest = r.trim_start();
            }
            if rest.starts_with('{')
                && balanced(rest, '{', '}')
                    .is_some_and(|inner| !word_starts(inner, name).is_empty())
            {
                return true;
            }
        }
    }
    false
}

/// The runner an `angular.json` workspace's `test` targets use: Jasmine
/// under Karma (`@angular-devkit/build-angular:karma`, `@angular/build:karma`,
/// the Web Test Runner builder, or the `unit-test` builder with `runner:
/// "karma"`), Jest or Vitest under theirs. A workspace with a project of
/// each reads as the other runner (see [`union`]).
fn angular_test_runner(json: &serde_json::Value) -> Option<Framework> {
    let projects = json.get("projects")?.as_object()?;
    let mut runner = None;
    for project in projects.values() {
        for targets in ["architect", "targets"] {
            let Some(test) = project.get(targets).and_then(|t| t.get("test")) else {
                continue;
            };
            let builder = test.get("builder").and_then(|b| b.as_str()).unwrap_or("");
            let karma_runner = test
                .pointer("/options/runner")
                .and_then(|r| r.as_str())
                .is_some_and(|r| r == "karma");
            let this = if builder.ends_with(":karma")
                || builder.ends_with(":web-test-runner")
                || (builder.ends_with(":unit-test") && karma_runner)
            {
                Framework::Jasmine
            } else if builder.contains("jest") {
                Framework::Jest
            } else if builder.contains("vitest") || builder.ends_with(":unit-test") {
                Framework::Vitest
            } else {
                continue;
            };
            if runner.is_none() || runner == Some(Framework::Jasmine) {
                runner = Some(this);
            }
        }
    }
    runner
}

/// The runner a `package.json` names: Jest for a `"jest"` key, a Jest
/// dependency (`jest`, `jest-preset-angular`, `@angular-builders/jest`) or
/// a `test` script running it; Vitest likewise; else Jasmine for a
/// `jasmine`, `jasmine-core` or `karma-jasmine` dependency.
fn package_test_runner(json: &serde_json::Value) -> Option<Framework> {
    let deps: Vec<&serde_json::Map<String, serde_json::Value>> =
        ["dependencies", "devDependencies"]
            .iter()
            .filter_map(|k| json.get(*k).and_then(|d| d.as_object()))
            .collect();
    let depends = |names: &[&str]| {
        deps.iter()
            .any(|d| names.iter().any(|n| d.contains_key(*n)))
    };
    let test_script = json
        .pointer("/scripts/test")
        .and_then(|s| s.as_str())
        .unwrap_or("");
    if json.get("jest").is_some()
        || depends(&["jest", "jest-preset-angular", "@angular-builders/jest"])
        || test_script.contains("jest")
    {
        Some(Framework::Jest)
    } else if depends(&["vitest"]) || test_script.contains("vitest") {
        Some(Framework::Vitest)
    } else if depends(&["jasmine", "jasmine-core", "karma-jasmine"]) {
        Some(Framework::Jasmine)
    } else {
        None
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfigKind {
    None,
    Jest,
    Vitest,
    Playwright,
    /// `karma.conf.*`: Jasmine when its `frameworks` name it.
    Karma,
    /// An Angular workspace's `angular.json`.
    Angular,
    /// Jasmine's `jasmine.json` (`spec/support/jasmine.json`).
    JasmineJson,
    /// `.mocharc.js` / `.mocharc.cjs`.
    MochaJs,
    /// `.mocharc.json` / `.mocharc.jsonc`.
    MochaJson,
    /// `.mocharc.yml` / `.mocharc.yaml`.
    MochaYaml,
    PackageJson,
    PytestIni,
    ToxIni,
    SetupCfg,
    Pyproject,
}

/// Which config a file name is.
pub fn config_kind(name: &str) -> ConfigKind {
    match name {
        "package.json" => return ConfigKind::PackageJson,
        "pytest.ini" => return ConfigKind::PytestIni,
        "tox.ini" => return ConfigKind::ToxIni,
        "setup.cfg" => return ConfigKind::SetupCfg,
        "pyproject.toml" => return ConfigKind::Pyproject,
        "jest.config.json" => return ConfigKind::Jest,
        "angular.json" => return ConfigKind::Angular,
        "jasmine.json" => return ConfigKind::JasmineJson,
        ".mocharc.js" | ".mocharc.cjs" => return ConfigKind::MochaJs,
        ".mocharc.json" | ".mocharc.jsonc" => return ConfigKind::MochaJson,
        ".mocharc.yml" | ".mocharc.yaml" => return ConfigKind::MochaYaml,
        _ => {}
    }
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return ConfigKind::None;
    };
    if !JS_CONFIG_EXTS.contains(&ext) {
        return ConfigKind::None;
    }
    // `vitest.config.*` includes the named variants a project keeps next to
    // its main config (`vitest.config.medium.mjs`, `jest.config.e2e.js`,
    // `playwright.config.ci.ts`).
    let base = [
        "jest.config",
        "vitest.config",
        "vite.config",
        "vitest.workspace",
        "playwright.config",
        "karma.conf",
    ]
    .into_iter()
    .find(|b| {
        stem == *b
            || stem
                .strip_prefix(b)
                .is_some_and(|rest| rest.len() > 1 && rest.starts_with('.'))
    });
    match base {
        Some("jest.config") => ConfigKind::Jest,
        Some("vitest.config" | "vite.config" | "vitest.workspace") => ConfigKind::Vitest,
        Some("playwright.config") => ConfigKind::Playwright,
        Some("karma.conf") => ConfigKind::Karma,
        _ => ConfigKind::None,
    }
}

/// `key: true` / `"key": true` somewhere in the text.
fn literal_true(text: &str, key: &str) -> bool {
    key_values_at(text, key)
        .iter()
        .any(|v| v.trim_start().starts_with("true"))
}

/// The text after each `key:` (quoted or not) in the text.
fn key_values_at<'a>(text: &'a str, key: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(key) {
        let start = from + i;
        let end = start + key.len();
        from = end;
        // A whole word: not `mySetupFiles`.
        let before = text[..start].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        let mut after = text[end..].trim_start_matches(['"', '\'', '`']);
        after = after.trim_start();
        if let Some(rest) = after.strip_prefix(':') {
            out.push(rest);
        }
    }
    out
}

/// The files a Jest/Vitest/Playwright config names under `key`: its string
/// literal values ([`string_values`]), a literal wrapped in
/// `require.resolve(...)` (`globalSetup: require.resolve('./global-setup')`,
/// the form Playwright's docs give), which resolves to the same file, or
/// literals joined onto the config's own directory
/// (`path.resolve(__dirname, './helpers/startMemoryDB.ts')`, see
/// [`config_dir_join`]).
fn file_values(text: &str, key: &str) -> Vec<String> {
    let mut out = string_values(text, key);
    for rest in key_values_at(text, key) {
        let rest = rest.trim_start();
        if let Some(joined) = config_dir_join(text, rest) {
            out.push(joined);
            continue;
        }
        let Some(args) = rest.strip_prefix("require.resolve(") else {
            continue;
        };
        let args = args.trim_start();
        if args.starts_with(['"', '\'', '`']) {
            out.extend(string_literals(args).into_iter().next());
        }
    }
    out
}

/// `path.resolve(__dirname, './helpers/x.ts')` or `join(dirname, 'setup',
/// 'x.ts')` at the start of `value`: string literals joined onto the
/// config's own directory, which is what the file names (payload's
/// `globalSetup: path.resolve(dirname, './helpers/startMemoryDB.ts')`).
/// The directory is `__dirname`, `import.meta.dirname`, or a name the config
/// binds to a `dirname(...)` call (`const dirname =
/// path.dirname(fileURLToPath(import.meta.url))`); any other first argument,
/// or a segment that is not a literal, names no file we can know.
fn config_dir_join(text: &str, value: &str) -> Option<String> {
    let call = value.strip_prefix("path.").unwrap_or(value);
    let call = call
        .strip_prefix("resolve")
        .or_else(|| call.strip_prefix("join"))?
        .trim_start();
    let inner = balanced(call, '(', ')')?;
    let (dir, segments) = inner.split_once(',')?;
    let dir = dir.trim();
    let own_dir = matches!(dir, "__dirname" | "import.meta.dirname")
        || (!dir.is_empty()
            && dir
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '$')
            && text.lines().any(|line| {
                ["const ", "let ", "var "].iter().any(|kw| {
                    line.trim_start()
                        .strip_prefix(kw)
                        .and_then(|l| l.trim_start().strip_prefix(dir))
                        .and_then(|l| l.trim_start().strip_prefix('='))
                        .is_some_and(|v| v.contains("dirname("))
                })
            }));
    if !own_dir {
        return None;
    }
    let parts: Vec<&str> = segments
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let literals = string_literals(segments);
    if parts.is_empty() || literals.len() != parts.len() {
        return None;
    }
    if !parts.iter().all(|p| p.starts_with(['"', '\'', '`'])) {
        return None;
    }
    Some(
        literals
            .iter()
            .map(|l| l.trim_start_matches("./").trim_end_matches('/'))
            .collect::<Vec<_>>()
            .join("/"),
    )
}

/// String literal values of `key`: `key: 'a'` or `key: ['a', "b"]`.
fn string_values(text: &str, key: &str) -> Vec<String> {
    let mut out = Vec::new();
    for rest in key_values_at(text, key) {
        let rest = rest.trim_start();
        if rest.starts_with('[') {
            if let Some(inner) = balanced(rest, '[', ']') {
                out.extend(string_literals(inner));
            }
        } else if let Some(first) = string_literals(rest).into_iter().next() {
            // Only a literal directly after the colon.
            if rest.starts_with(['"', '\'', '`']) {
                out.push(first);
            }
        }
    }
    out
}

/// The text between an opening delimiter at the start of `s` and its
/// balanced close (quotes are skipped).
fn balanced(s: &str, open: char, close: char) -> Option<&str> {
    let mut depth = 0usize;
    for (i, c) in unquoted(s) {
        if c == open {
            depth += 1;
        } else if c == close {
            depth = depth.checked_sub(1)?;
            if depth == 0 {
                return Some(&s[1..i]);
            }
        }
    }
    None
}

/// Every quoted string (without interpolation) in `s`, in order.
fn string_literals(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = s.char_indices();
    while let Some((_, c)) = chars.next() {
        if !matches!(c, '"' | '\'' | '`') {
            continue;
        }
        let mut value = String::new();
        let mut closed = false;
        let mut escaped = false;
        for (_, d) in chars.by_ref() {
            if escaped {
                value.push(d);
                escaped = false;
            } else if d == '\\' {
                escaped = true;
            } else if d == c {
                closed = true;
                break;
            } else {
                value.push(d);
            }
        }
        if closed && !(c == '`' && value.contains("${")) {
            out.push(value);
        }
    }
    out
}

/// The entries of a Mocha config that isolint reads.
#[derive(Debug, Default, PartialEq)]
struct MochaEntries {
    require: Vec<String>,
    file: Vec<String>,
    spec: Vec<String>,
}

impl MochaEntries {
    /// `package.json` `"mocha"`, or a parsed `.mocharc.json(c)`.
    fn from_json(value: &serde_json::Value) -> MochaEntries {
        let list = |key: &str| match value.get(key) {
            Some(serde_json::Value::String(s)) => vec![s.clone()],
            Some(serde_json::Value::Array(items)) => items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        };
        MochaEntries {
            require: list("require"),
            file: list("file"),
            spec: list("spec"),
        }
    }

    /// `.mocharc.js`/`.cjs`: literal values, as for the other JS configs.
    fn from_js(text: &str) -> MochaEntries {
        MochaEntries {
            require: string_values(text, "require"),
            file: string_values(text, "file"),
            spec: string_values(text, "spec"),
        }
    }

    /// `.mocharc.yml`/`.yaml`: top-level `key: scalar`, `key: [a, b]`, or
    /// `key:` followed by `- item` lines.
    fn from_yaml(text: &str) -> MochaEntries {
        MochaEntries {
            require: yaml_values(text, "require"),
            file: yaml_values(text, "file"),
            spec: yaml_values(text, "spec"),
        }
    }
}

/// A top-level YAML key's scalar or list of scalars, read line by line
/// (what Mocha configs use; anchors, multi-line scalars and nested maps are
/// not understood and give nothing).
fn yaml_values(text: &str, key: &str) -> Vec<String> {
    fn scalar(s: &str) -> Option<String> {
        let s = s.trim();
        let s = match s.chars().next() {
            Some(q @ ('"' | '\'')) => s.strip_prefix(q)?.split_once(q)?.0,
            // An unquoted scalar ends at a comment.
            _ => s.split(" #").next().unwrap_or("").trim(),
        };
        (!s.is_empty()).then(|| s.to_string())
    }
    let mut out = Vec::new();
    let mut in_list = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if in_list {
            if let Some(item) = trimmed.strip_prefix('-') {
                if item.is_empty() || item.starts_with([' ', '\t']) {
                    out.extend(scalar(item));
                    continue;
                }
            }
            in_list = false;
        }
        if line.starts_with([' ', '\t']) {
            continue;
        }
        let Some((k, v)) = trimmed.split_once(':') else {
            continue;
        };
        if k.trim().trim_matches(['"', '\'']) != key {
            continue;
        }
        let v = v.trim();
        if v.is_empty() || v.starts_with('#') {
            in_list = true;
        } else if v.starts_with('[') {
            // A flow list: quoted items may hold `,` and `]` (`'*.[jt]s'`).
            let inner = balanced(v, '[', ']').unwrap_or("");
            let mut quote: Option<char> = None;
            let mut item_start = 0;
            for (i, c) in inner.char_indices().chain([(inner.len(), ',')]) {
                match (quote, c) {
                    (Some(q), c) if c == q => quote = None,
                    (Some(_), _) => {}
                    (None, '"' | '\'') => quote = Some(c),
                    (None, ',') => {
                        out.extend(scalar(&inner[item_start..i]));
                        item_start = i + 1;
                    }
                    _ => {}
                }
            }
        } else {
            out.extend(scalar(v));
        }
    }
    out
}

/// JSON with `//` and `/* */` comments removed (outside strings).
fn strip_json_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut in_string = false;
    let mut escaped = false;
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match (c, chars.peek()) {
            ('"', _) => {
                in_string = true;
                out.push(c);
            }
            ('/', Some('/')) => {
                for d in chars.by_ref() {
                    if d == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            ('/', Some('*')) => {
                chars.next();
                let mut prev = ' ';
                for d in chars.by_ref() {
                    if prev == '*' && d == '/' {
                        break;
                    }
                    prev = d;
                }
                out.push(' ');
            }
            _ => out.push(c),
        }
    }
    out
}

/// A JS/TS project file a Mocha `require`/`file` entry names (from the
/// config's directory, where Mocha runs). A package (`ts-node/register`,
/// `@babel/register`, `chai/register-expect`) resolves to no file, as in
/// Mocha, which loads an entry as a file only when it exists.
fn resolve_mocha_file(dir: &Path, name: &str) -> Option<PathBuf> {
    let path = resolve_file(dir, name)?;
    let ext = path.extension().and_then(|e| e.to_str())?;
    SETUP_EXTS.contains(&ext).then_some(path)
}

/// The relative modules a JS file imports for their side effects alone, as
/// whole statements: `import './db-setup.ts'`, `import "../env"`. An import
/// that binds names (`import { server } from './mocks'`) or a package
/// (`import 'dotenv/config'`) is none.
fn side_effect_imports(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|line| {
            let rest = line.trim().strip_prefix("import")?.trim_start();
            let quote = rest.chars().next().filter(|c| matches!(c, '\'' | '"'))?;
            let inner = &rest[1..];
            let name = &inner[..inner.find(quote)?];
            name.starts_with('.').then_some(name)
        })
        .collect()
}

/// An existing file named relative to a config's directory, trying the
/// usual extensions (`./jest.setup` → `jest.setup.ts`). Package names
/// (`jest-extended/all`) resolve to nothing.
fn resolve_file(dir: &Path, name: &str) -> Option<PathBuf> {
    if name.is_empty() {
        return None;
    }
    let base = dir.join(name);
    if base.is_file() {
        return Some(base);
    }
    for ext in SETUP_EXTS {
        let with = PathBuf::from(format!("{}.{ext}", base.display()));
        if with.is_file() {
            return Some(with);
        }
    }
    None
}

/// A runner glob as a globset glob relative to the walked root. Runner
/// globs use micromatch extglobs (`?(x)`, `@(a|b)`), which become
/// alternations; patterns still not understood are dropped.
fn to_globs(base: &Path, pattern: &str) -> Vec<String> {
    let mut variants = vec![pattern.to_string()];
    // globset has no empty alternative: `?(x)` becomes two patterns.
    for _ in 0..4 {
        let Some(v) = variants.iter().position(|v| v.contains("?(")) else {
            break;
        };
        let v = variants.remove(v);
        let Some(start) = v.find("?(") else { break };
        let Some(len) = v[start + 1..].find(')') else {
            break;
        };
        let end = start + 1 + len;
        variants.push(format!("{}{}", &v[..start], &v[end + 1..]));
        variants.push(format!(
            "{}@({}){}",
            &v[..start],
            &v[start + 2..end],
            &v[end + 1..]
        ));
    }
    variants.iter().filter_map(|v| to_glob(base, v)).collect()
}

/// `glob`, relative to a config's directory, made relative to the walked
/// root `below` it (see [`RunnerConfig::load_ancestors`]).
fn rebase_glob(glob: &str, below: &Path) -> Option<String> {
    if glob.starts_with("**/") || below.as_os_str().is_empty() {
        return Some(glob.to_string());
    }
    let prefix = below.to_string_lossy().replace('\\', "/");
    glob.strip_prefix(prefix.as_str())
        .and_then(|rest| rest.strip_prefix('/'))
        .filter(|rest| !rest.is_empty())
        .map(str::to_string)
}

fn to_glob(base: &Path, pattern: &str) -> Option<String> {
    let pattern = pattern.trim_start_matches("./");
    if pattern.starts_with('!') || pattern.is_empty() {
        return None;
    }
    let converted = convert_extglob(pattern);
    let base = base.to_string_lossy().replace('\\', "/");
    let base = base.trim_start_matches("./").trim_end_matches('/');
    // A bare file pattern (`*.pw.ts`) matches at any depth.
    let converted = if converted.contains('/') {
        converted
    } else {
        format!("**/{converted}")
    };
    let joined = if base.is_empty() || base == "." {
        converted
    } else if converted.starts_with('/') {
        return None;
    } else {
        format!("{base}/{converted}")
    };
    Glob::new(&joined).ok().map(|_| joined)
}

/// `?(x)` → `{,x}`, `@(a|b)` → `{a,b}`, `+(a)`/`*(a)` → `{a}`-ish
/// approximations; regex-like `[jt]` is already a glob class.
fn convert_extglob(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let chars: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if matches!(c, '?' | '@' | '+' | '!') && chars.get(i + 1) == Some(&'(') {
            // Find the matching ')'.
            let mut j = i + 2;
            let mut depth = 1;
            while j < chars.len() {
                match chars[j] {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            let inner: String = chars[i + 2..j.min(chars.len())].iter().collect();
            let alts = inner.replace('|', ",");
            if c == '?' {
                out.push_str(&format!("{{,{alts}}}"));
            } else {
                out.push_str(&format!("{{{alts}}}"));
            }
            i = j + 1;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// A key's value in an INI section (`python_files = a b` with indented
/// continuation lines), split on whitespace.
fn ini_value(text: &str, sections: &[&str], key: &str) -> Vec<String> {
    let mut in_section = false;
    let mut collecting = false;
    let mut out = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') && trimmed.ends_with(']') {
            in_section = sections.contains(&&trimmed[1..trimmed.len() - 1]);
            collecting = false;
            continue;
        }
        if !in_section || trimmed.starts_with('#') || trimmed.starts_with(';') {
            continue;
        }
        let continuation = line.starts_with([' ', '\t']) && !trimmed.is_empty();
        if collecting && continuation {
            out.extend(trimmed.split_whitespace().map(str::to_string));
            continue;
        }
        collecting = false;
        if let Some((k, v)) = trimmed.split_once(['=', ':']) {
            if k.trim() == key {
                out.extend(v.split_whitespace().map(str::to_string));
                collecting = true;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn applied(kind: ConfigKind, text: &str) -> RunnerConfig {
        let mut c = RunnerConfig::default();
        c.apply(kind, text, Path::new("/nonexistent"), Path::new(""));
        c
    }

    fn matches(c: &RunnerConfig, path: &str) -> bool {
        c.discovery()
            .test_globs
            .is_some_and(|g| g.is_match(Path::new(path)))
    }

    #[test]
    fn names_configs() {
        assert_eq!(config_kind("jest.config.ts"), ConfigKind::Jest);
        assert_eq!(config_kind("jest.config.json"), ConfigKind::Jest);
        assert_eq!(config_kind("vite.config.mts"), ConfigKind::Vitest);
        assert_eq!(config_kind("playwright.config.js"), ConfigKind::Playwright);
        assert_eq!(config_kind("setup.cfg"), ConfigKind::SetupCfg);
        assert_eq!(config_kind("jest.setup.js"), ConfigKind::None);
        assert_eq!(config_kind("config.ts"), ConfigKind::None);
        // Named variants (`vitest.config.*`): immich's medium-test config.
        assert_eq!(config_kind("vitest.config.medium.mjs"), ConfigKind::Vitest);
        assert_eq!(config_kind("jest.config.e2e.js"), ConfigKind::Jest);
        assert_eq!(
            config_kind("playwright.config.ci.ts"),
            ConfigKind::Playwright
        );
        assert_eq!(config_kind("vitest.configs.ts"), ConfigKind::None);
        assert_eq!(config_kind("jest.config.json.bak"), ConfigKind::None);
    }

    #[test]
    fn jest_config_js() {
        let c = applied(
            ConfigKind::Jest,
            "module.exports = {\n  restoreMocks: true,\n  testMatch: ['**/checks/**/*.[jt]s?(x)', '<rootDir>/it/*.ts'],\n};",
        );
        assert!(c.project.restore_mocks);
        assert!(!c.project.unstub_envs);
        assert!(matches(&c, "src/checks/a.tsx"));
        assert!(matches(&c, "src/checks/a.js"));
        assert!(matches(&c, "it/login.ts"));
        assert!(!matches(&c, "src/app.ts"));
    }

    #[test]
    fn jest_restore_mocks_false_is_not_true() {
        let c = applied(
            ConfigKind::Jest,
            "export default { restoreMocks: false, myrestoreMocks: true }",
        );
        assert!(!c.project.restore_mocks);
    }

    #[test]
    fn package_json_jest() {
        let c = applied(
            ConfigKind::PackageJson,
            r#"{"name": "x", "jest": {"restoreMocks": true, "testMatch": ["**/*.check.js"]}}"#,
        );
        assert!(c.project.restore_mocks);
        assert!(matches(&c, "a/b.check.js"));
        let none = applied(ConfigKind::PackageJson, r#"{"restoreMocks": true}"#);
        assert!(!none.project.restore_mocks, "only the \"jest\" key counts");
    }

    #[test]
    fn vitest_config() {
        let c = applied(
            ConfigKind::Vitest,
            "export default defineConfig({ test: { include: ['src/**/*.{test,spec}.?(c|m)[jt]s?(x)', 'checks/**/*.ts'], unstubEnvs: true, unstubGlobals: true } })",
        );
        assert!(c.project.unstub_envs);
        assert!(c.project.unstub_globals);
        assert!(matches(&c, "src/a/b.test.mts"));
        assert!(matches(&c, "checks/x.ts"));
        assert!(!matches(&c, "lib/x.ts"));
    }

    #[test]
    fn playwright_config() {
        let c = applied(
            ConfigKind::Playwright,
            "export default defineConfig({ testDir: './e2e-tests', testMatch: '**/*.pw.ts' });",
        );
        assert!(matches(&c, "e2e-tests/login/a.pw.ts"));
        assert!(!matches(&c, "src/a.pw.ts"));
    }

    #[test]
    fn config_in_a_subdirectory_prefixes_globs() {
        let mut c = RunnerConfig::default();
        c.apply(
            ConfigKind::Jest,
            "{ \"testMatch\": [\"**/*.check.js\"] }",
            Path::new("/nonexistent/pkg"),
            Path::new("packages/pkg"),
        );
        assert!(matches(&c, "packages/pkg/src/a.check.js"));
        assert!(!matches(&c, "other/a.check.js"));
    }

    #[test]
    fn pytest_configs() {
        let ini = applied(
            ConfigKind::PytestIni,
            "[pytest]\npython_files = check_*.py\n    *_checks.py\n",
        );
        assert!(matches(&ini, "pkg/check_api.py"));
        assert!(ini.project.python_functions.is_empty());
        let functions = applied(
            ConfigKind::PytestIni,
            "[pytest]\npython_files = check_*.py\npython_functions = test_* check_*\n",
        );
        assert_eq!(functions.project.python_functions, ["test_*", "check_*"]);
        let toml = applied(
            ConfigKind::Pyproject,
            "[tool.pytest.ini_options]\npython_functions = [\"*_should\"]\n",
        );
        assert_eq!(toml.project.python_functions, ["*_should"]);
        assert!(matches(&ini, "api_checks.py"));
        assert!(!matches(&ini, "api.py"));
        let tox = applied(
            ConfigKind::ToxIni,
            "[tox]\npython_files = no_*.py\n[pytest]\npython_files = it_*.py\n",
        );
        assert!(matches(&tox, "it_a.py"));
        assert!(!matches(&tox, "no_a.py"));
        let cfg = applied(
            ConfigKind::SetupCfg,
            "[tool:pytest]\npython_files = spec_*.py\n",
        );
        assert!(matches(&cfg, "x/spec_a.py"));
        let py = applied(
            ConfigKind::Pyproject,
            "[tool.pytest.ini_options]\npython_files = [\"chk_*.py\"]\n",
        );
        assert!(matches(&py, "chk_a.py"));
        let py_str = applied(
            ConfigKind::Pyproject,
            "[tool.pytest.ini_options]\npython_files = \"a_*.py b_*.py\"\n",
        );
        assert!(matches(&py_str, "b_x.py"));
    }

    /// Which runner a project uses: Jasmine from Karma's `frameworks`, an
    /// Angular workspace's Karma test builder, `jasmine.json` or a
    /// `package.json` depending on Jasmine and on no Jest/Vitest.
    #[test]
    fn jasmine_runner_configs() {
        let runner = |kind, text: &str| applied(kind, text).project.js_runner;
        assert_eq!(config_kind("karma.conf.js"), ConfigKind::Karma);
        assert_eq!(config_kind("karma.conf.ci.cjs"), ConfigKind::Karma);
        assert_eq!(config_kind("angular.json"), ConfigKind::Angular);
        assert_eq!(config_kind("jasmine.json"), ConfigKind::JasmineJson);
        assert_eq!(config_kind("karma.config.js"), ConfigKind::None);
        let karma = "module.exports = function (config) {\n  config.set({\n    basePath: '',\n    frameworks: ['jasmine', '@angular-devkit/build-angular'],\n  });\n};";
        assert_eq!(runner(ConfigKind::Karma, karma), Some(Framework::Jasmine));
        let karma_mocha =
            "module.exports = (config) => config.set({ frameworks: ['mocha', 'chai'] });";
        assert_eq!(runner(ConfigKind::Karma, karma_mocha), None);
        let angular = |builder: &str| {
            format!(
                r#"{{"version": 1, "projects": {{"app": {{"root": "", "architect": {{"build": {{"builder": "@angular-devkit/build-angular:application"}}, "test": {{"builder": "{builder}", "options": {{"karmaConfig": "karma.conf.js"}}}}}}}}}}}}"#
            )
        };
        for (builder, expected) in [
            (
                "@angular-devkit/build-angular:karma",
                Some(Framework::Jasmine),
            ),
            ("@angular/build:karma", Some(Framework::Jasmine)),
            ("@angular-builders/jest:run", Some(Framework::Jest)),
            ("@angular-devkit/build-angular:jest", Some(Framework::Jest)),
            ("@nx/vite:test", None),
        ] {
            assert_eq!(
                runner(ConfigKind::Angular, &angular(builder)),
                expected,
                "{builder}"
            );
        }
        assert_eq!(
            runner(
                ConfigKind::JasmineJson,
                r#"{"spec_dir": "spec", "spec_files": ["**/*[sS]pec.js"]}"#
            ),
            Some(Framework::Jasmine)
        );
        for (package, expected) in [
            (
                r#"{"devDependencies": {"karma": "~6.4.0", "karma-jasmine": "~5.1.0", "jasmine-core": "~5.1.0"}}"#,
                Some(Framework::Jasmine),
            ),
            (
                r#"{"devDependencies": {"jasmine": "^5.1.0"}, "scripts": {"test": "jasmine"}}"#,
                Some(Framework::Jasmine),
            ),
            (
                r#"{"devDependencies": {"jasmine-core": "~5.1.0", "jest": "^29.0.0", "jest-preset-angular": "^14.0.0"}}"#,
                Some(Framework::Jest),
            ),
            (
                r#"{"devDependencies": {"karma-jasmine": "~5.1.0", "vitest": "^1.0.0"}}"#,
                Some(Framework::Vitest),
            ),
            (r#"{"devDependencies": {"@types/jasmine": "~5.1.0"}}"#, None),
        ] {
            assert_eq!(
                runner(ConfigKind::PackageJson, package),
                expected,
                "{package}"
            );
        }
    }

    /// The nearest config names a file's runner: a Karma app below a root
    /// `package.json` that depends on Jest is Jasmine's, the rest Jest's;
    /// `spec/support/jasmine.json` covers the project two levels up.
    #[test]
    fn nearest_runner_config_wins() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        fs::create_dir_all(root.join("apps/web/src")).expect("mkdir");
        fs::create_dir_all(root.join("packages/api/test")).expect("mkdir");
        fs::create_dir_all(root.join("tools/spec/support")).expect("mkdir");
        fs::write(
            root.join("package.json"),
            r#"{"devDependencies": {"jest": "^29.0.0"}}"#,
        )
        .expect("write");
        fs::write(
            root.join("apps/web/karma.conf.js"),
            "module.exports = (config) => config.set({ frameworks: ['jasmine'] });",
        )
        .expect("write");
        fs::write(
            root.join("tools/spec/support/jasmine.json"),
            r#"{"spec_dir": "spec"}"#,
        )
        .expect("write");
        let c = RunnerConfig::load(&[root.to_path_buf()]);
        let runner = |rel: &str| {
            c.project_for(&crate::config::absolute(&root.join(rel)))
                .js_runner
        };
        assert_eq!(runner("apps/web/src/app.spec.ts"), Some(Framework::Jasmine));
        assert_eq!(runner("packages/api/test/a.test.ts"), Some(Framework::Jest));
        assert_eq!(runner("tools/spec/cli.spec.js"), Some(Framework::Jasmine));
    }

    #[test]
    fn setup_files_and_global_setup_on_disk() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        fs::write(
            root.join("jest.config.js"),
            "module.exports = {\n setupFilesAfterEnv: ['<rootDir>/jest.setup'],\n globalSetup: './global-setup.js',\n globalTeardown: './nope.js' };",
        )
        .expect("write");
        fs::write(
            root.join("jest.setup.ts"),
            "afterEach(() => {\n  jest.useRealTimers();\n});\n",
        )
        .expect("write");
        fs::write(root.join("global-setup.js"), "module.exports = () => {};").expect("write");
        let c = RunnerConfig::load(&[root.to_path_buf()]);
        assert_eq!(c.setup_files, vec![root.join("jest.setup.ts")]);
        assert_eq!(c.global_setup_files, vec![root.join("global-setup.js")]);
        assert!(c.project.setup_restores_timers);
        assert!(!c.project.restore_mocks);
    }

    #[test]
    fn side_effect_imports_of_a_setup_file_are_setup_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        fs::create_dir_all(root.join("tests/setup")).expect("mkdir");
        fs::write(
            root.join("vitest.config.ts"),
            "export default { test: { setupFiles: ['./tests/setup/setup-test-env.ts'] } }",
        )
        .expect("write");
        fs::write(
            root.join("tests/setup/setup-test-env.ts"),
            "import 'dotenv/config'\nimport './db-setup.ts'\nimport { server } from './mocks.ts'\n",
        )
        .expect("write");
        for f in ["db-setup.ts", "mocks.ts"] {
            fs::write(root.join("tests/setup").join(f), "export {}").expect("write");
        }
        let c = RunnerConfig::load(&[root.to_path_buf()]);
        assert_eq!(
            c.setup_files,
            vec![
                root.join("tests/setup/./db-setup.ts"),
                root.join("tests/setup/setup-test-env.ts")
            ]
        );
    }

    #[test]
    fn test_environment_with_a_schema_per_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        let cases = [
            (
                "vitest",
                "vitest.config.e2e.ts",
                "import { randomUUID } from 'node:crypto'\nexport default {\n  async setup() {\n    const schema = randomUUID()\n    process.env.DATABASE_URL = url(schema)\n  },\n}\n",
                true,
            ),
            (
                "jest",
                "jest.config.js",
                "class Env extends NodeEnvironment {\n  constructor(c) {\n    super(c);\n    this.schema = `test_${uuid()}`;\n  }\n}\n",
                true,
            ),
            (
                "fixed",
                "jest.config.js",
                "class Env extends NodeEnvironment {\n  async setup() {\n    process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;\n    this.id = randomUUID();\n  }\n}\n",
                false,
            ),
        ];
        for (sub, config, env, _) in cases {
            let d = root.join(sub);
            fs::create_dir_all(d.join("prisma")).expect("mkdir");
            let key = if sub == "vitest" {
                "test: { environment: './prisma/env.ts' }"
            } else {
                "testEnvironment: '<rootDir>/prisma/env.ts', testEnvironmentOptions: {}"
            };
            fs::write(d.join(config), format!("export default {{ {key} }};")).expect("write");
            fs::write(d.join("prisma/env.ts"), env).expect("write");
        }
        let c = RunnerConfig::load(&[root.to_path_buf()]);
        for (sub, _, _, private) in cases {
            let facts = c.project_for(&root.join(sub).join("a.e2e-spec.ts"));
            assert_eq!(facts.private_database_environment, private, "{sub}");
        }
        let node = applied(
            ConfigKind::Jest,
            "module.exports = { testEnvironment: 'node' };",
        );
        assert!(!node.project.private_database_environment);
    }

    #[test]
    fn configs_above_a_checked_directory_apply_up_to_the_repository_top() {
        let dir = tempfile::tempdir().expect("tempdir");
        // A config above the repository is never read.
        fs::write(
            dir.path().join("jest.config.js"),
            "module.exports = { unstubEnvs: true };",
        )
        .expect("write");
        let repo = dir.path().join("repo");
        fs::create_dir_all(repo.join(".git")).expect("mkdir");
        fs::create_dir_all(repo.join(".jest")).expect("mkdir");
        fs::create_dir_all(repo.join("src").join("deep")).expect("mkdir");
        fs::write(
            repo.join("jest.config.js"),
            "module.exports = {\n  restoreMocks: true,\n  setupFilesAfterEnv: ['<rootDir>/.jest/setup.js'],\n  testMatch: ['**/*.check.js', 'src/**/*.it.js', 'other/**/*.x.js'],\n};",
        )
        .expect("write");
        fs::write(
            repo.join(".jest").join("setup.js"),
            "afterEach(() => {\n  jest.useRealTimers();\n});\n",
        )
        .expect("write");
        let file = repo.join("src").join("deep").join("a.test.js");
        for checked in [repo.join("src"), file.clone()] {
            let c = RunnerConfig::load(std::slice::from_ref(&checked));
            let facts = c.project_for(&crate::config::absolute(&file));
            assert!(facts.restore_mocks, "{checked:?}");
            assert!(facts.setup_restores_timers, "{checked:?}");
            assert!(!facts.unstub_envs, "{checked:?}");
            assert!(
                c.setup_files.iter().any(|p| p.ends_with(".jest/setup.js")),
                "{checked:?}"
            );
        }
        // Globs of the config are rebased onto the checked directory: one
        // naming another directory is dropped.
        let c = RunnerConfig::load(&[repo.join("src")]);
        assert_eq!(c.test_globs, vec!["**/*.check.js", "**/*.it.js"]);
        // Checking the top itself reads the config once.
        let c = RunnerConfig::load(std::slice::from_ref(&repo));
        assert_eq!(c.scoped.len(), 1);
        // Outside a repository nothing above the checked directory is read.
        fs::remove_dir(repo.join(".git")).expect("rmdir");
        let c = RunnerConfig::load(&[repo.join("src")]);
        assert!(!c.project_for(&crate::config::absolute(&file)).restore_mocks);
    }

    #[test]
    fn global_setup_through_require_resolve() {
        // Playwright's documented form (rightnow-agent-app, set 34): the
        // module is named through `require.resolve`, with or without its
        // extension; `path.join(__dirname, ...)` names a file of the
        // config's directory (see `global_setup_joined_onto_the_config_dir`).
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        fs::create_dir_all(root.join("tests")).expect("mkdir");
        fs::write(
            root.join("playwright.config.ts"),
            "export default defineConfig({\n  testDir: './tests',\n  globalSetup: require.resolve('./tests/global-setup.ts'),\n  globalTeardown: require.resolve(\"./tests/global-teardown\"),\n  setupFiles: path.join(__dirname, 'x.ts'),\n});",
        )
        .expect("write");
        for f in ["tests/global-setup.ts", "tests/global-teardown.ts", "x.ts"] {
            fs::write(root.join(f), "export default async () => {};").expect("write");
        }
        let c = RunnerConfig::load(&[root.to_path_buf()]);
        assert_eq!(
            c.global_setup_files,
            vec![
                root.join("tests/global-setup.ts"),
                root.join("tests/global-teardown.ts")
            ]
        );
        assert_eq!(c.setup_files, vec![root.join("x.ts")]);
    }

    #[test]
    fn global_setup_joined_onto_the_config_dir() {
        // payload (set 81): `globalSetup: path.resolve(dirname,
        // './helpers/startMemoryDB.ts')` with `dirname` bound to
        // `path.dirname(fileURLToPath(import.meta.url))`; `__dirname` and
        // several literal segments too. A directory the config does not
        // bind to its own (`otherDir`), or a segment that is not a literal,
        // names no file.
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        fs::create_dir_all(root.join("test/helpers")).expect("mkdir");
        fs::write(
            root.join("test/jest.config.js"),
            "import path from 'path'\nconst filename = fileURLToPath(import.meta.url)\nconst dirname = path.dirname(filename)\nconst otherDir = process.cwd()\nexport default {\n  globalSetup: path.resolve(dirname, './helpers/startMemoryDB.ts'),\n  globalTeardown: path.join(__dirname, 'helpers', 'stop.ts'),\n  setupFiles: path.join(otherDir, 'helpers/a.ts'),\n  setupFilesAfterEnv: path.join(__dirname, name),\n}\n",
        )
        .expect("write");
        for f in ["startMemoryDB.ts", "stop.ts", "a.ts"] {
            fs::write(
                root.join("test/helpers").join(f),
                "export default async () => {};",
            )
            .expect("write");
        }
        let c = RunnerConfig::load(&[root.to_path_buf()]);
        assert_eq!(
            c.global_setup_files,
            vec![
                root.join("test/helpers/startMemoryDB.ts"),
                root.join("test/helpers/stop.ts")
            ]
        );
        assert!(c.setup_files.is_empty());
    }

    #[test]
    fn vitest_root_above_the_config() {
        // immich (set 45): `server/test/vitest.config.medium.mjs` sets `root`
        // to the directory above it and names `test/medium/globalSetup.ts`
        // from there. Without a `root`, names resolve next to the config.
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        fs::create_dir_all(root.join("server/test/medium")).expect("mkdir");
        fs::create_dir_all(root.join("web/test/medium")).expect("mkdir");
        fs::write(
            root.join("server/test/vitest.config.medium.mjs"),
            "const serverRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');\nexport default defineConfig({\n  test: {\n    root: serverRoot,\n    globalSetup: ['test/medium/globalSetup.ts'],\n  },\n});",
        )
        .expect("write");
        fs::write(
            root.join("web/test/vitest.config.mjs"),
            "export default defineConfig({ test: { globalSetup: ['test/medium/setup.ts'] } });",
        )
        .expect("write");
        for f in [
            "server/test/medium/globalSetup.ts",
            "web/test/medium/setup.ts",
        ] {
            fs::write(root.join(f), "export default async () => {};").expect("write");
        }
        let c = RunnerConfig::load(&[root.to_path_buf()]);
        assert_eq!(
            c.global_setup_files,
            vec![root.join("server/test/medium/globalSetup.ts")]
        );
    }

    #[test]
    fn vitest_config_in_a_subdirectory_names_files_from_its_package() {
        // vitepress (set 91): `__tests__/e2e/vitest.config.ts`, run from the
        // package root as `vitest run -r __tests__/e2e`, names
        // `globalSetup: ['__tests__/e2e/vitestGlobalSetup.ts']` from the
        // working directory (Vite's default root). Without a package.json
        // above (the immich-shaped `web/` case), names stay next to the
        // config.
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        fs::create_dir_all(root.join("site/__tests__/e2e")).expect("mkdir");
        fs::write(root.join("site/package.json"), "{}").expect("write");
        fs::write(
            root.join("site/__tests__/e2e/vitest.config.ts"),
            "export default defineConfig({ test: { setupFiles: ['vitestSetup.ts'], globalSetup: ['__tests__/e2e/vitestGlobalSetup.ts', '__tests__/e2e/missing.ts'] } });",
        )
        .expect("write");
        for f in ["vitestSetup.ts", "vitestGlobalSetup.ts"] {
            fs::write(root.join("site/__tests__/e2e").join(f), "export {};").expect("write");
        }
        let c = RunnerConfig::load(&[root.to_path_buf()]);
        assert_eq!(
            c.global_setup_files,
            vec![root.join("site/__tests__/e2e/vitestGlobalSetup.ts")]
        );
    }

    #[test]
    fn setup_file_teardown_facts() {
        let f = setup_file_facts("import { vi } from 'vitest';\nafterEach(() => { vi.restoreAllMocks(); vi.unstubAllEnvs(); });");
        assert!(f.restore_mocks && f.unstub_envs && !f.setup_restores_timers);
        let none = setup_file_facts("beforeEach(() => jest.useRealTimers());");
        assert!(!none.setup_restores_timers);
        // A global afterAll is a root teardown of every test file (set 68).
        let all = setup_file_facts("beforeAll(() => { jest.useFakeTimers(); });\nafterAll(() => { jest.useRealTimers(); });");
        assert!(all.setup_restores_timers && !all.restore_mocks);
        let other = setup_file_facts(
            "afterAll(() => { jest.clearAllMocks(); });\nafterEach(() => jest.setSystemTime(0));",
        );
        assert!(!other.setup_restores_timers);
        // A setup file starting a memory server gives each file its own
        // database (set 70); one connecting to a shared server does not.
        let memory = setup_file_facts("beforeAll(async () => { mongod = await MongoMemoryServer.create(); await mongoose.connect(mongod.getUri()); });");
        assert!(memory.private_database_environment);
        let shared = setup_file_facts(
            "beforeAll(async () => { await mongoose.connect(process.env.MONGO_URI); });",
        );
        assert!(!shared.private_database_environment);
    }
    #[test]
    fn names_mocha_configs() {
        assert_eq!(config_kind(".mocharc.js"), ConfigKind::MochaJs);
        assert_eq!(config_kind(".mocharc.cjs"), ConfigKind::MochaJs);
        assert_eq!(config_kind(".mocharc.json"), ConfigKind::MochaJson);
        assert_eq!(config_kind(".mocharc.jsonc"), ConfigKind::MochaJson);
        assert_eq!(config_kind(".mocharc.yml"), ConfigKind::MochaYaml);
        assert_eq!(config_kind(".mocharc.yaml"), ConfigKind::MochaYaml);
        assert_eq!(config_kind("mocharc.yml"), ConfigKind::None);
        assert_eq!(config_kind(".mocharc.ts"), ConfigKind::None);
    }

    #[test]
    fn mocha_yaml_lists_and_scalars() {
        let m = MochaEntries::from_yaml(
            "# Mocha\nrequire:\n  - ts-node/register\n  - './test/setup.ts' # env\nfile: test/root-hooks.js\nspec: [\"a/**/*.js\", b.js]\nreporter-option:\n  - 'require: no'\n  nested:\n    require: no\n",
        );
        assert_eq!(
            m,
            MochaEntries {
                require: vec!["ts-node/register".into(), "./test/setup.ts".into()],
                file: vec!["test/root-hooks.js".into()],
                spec: vec!["a/**/*.js".into(), "b.js".into()],
            }
        );
        // Items at the key's own indentation are a YAML list too.
        let m = MochaEntries::from_yaml("require:\n- a.js\n- \"b.js\"\nspec: test\n");
        assert_eq!(m.require, vec!["a.js".to_string(), "b.js".to_string()]);
        assert_eq!(m.spec, vec!["test".to_string()]);
        let m = MochaEntries::from_yaml("spec: ['test/**/*.[jt]s', \"x/{a,b}.js\"]\n");
        assert_eq!(
            m.spec,
            vec!["test/**/*.[jt]s".to_string(), "x/{a,b}.js".to_string()]
        );
    }

    #[test]
    fn mocha_json_and_js_entries() {
        let json: serde_json::Value = serde_json::from_str(&strip_json_comments(
            "{\n  // set-up\n  \"require\": \"./setup.js\", /* \"file\": \"x\" */\n  \"file\": [\"a.js\", \"b.js\"],\n  \"spec\": \"http://x//y\"\n}",
        ))
        .expect("json");
        let m = MochaEntries::from_json(&json);
        assert_eq!(m.require, vec!["./setup.js".to_string()]);
        assert_eq!(m.file, vec!["a.js".to_string(), "b.js".to_string()]);
        assert_eq!(m.spec, vec!["http://x//y".to_string()], "not a comment");
        let m = MochaEntries::from_js(
            "'use strict';\nconst path = require('path');\nmodule.exports = {\n  require: ['@babel/register', './test/setup'],\n  file: require.resolve('./x'),\n  files: ['no.js'],\n  spec: 'test/**/*.spec.js',\n};\n",
        );
        assert_eq!(
            m.require,
            vec!["@babel/register".to_string(), "./test/setup".to_string()]
        );
        assert!(m.file.is_empty(), "a value built by code is ignored");
        assert_eq!(m.spec, vec!["test/**/*.spec.js".to_string()]);
    }

    #[test]
    fn mocha_configs_on_disk() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        for d in ["yml", "js", "pkg", "json"] {
            fs::create_dir_all(root.join(d).join("test")).expect("mkdir");
        }
        // .mocharc.yml: a list with a package (skipped), a file without its
        // extension, and a global fixtures module.
        fs::write(
            root.join("yml/.mocharc.yml"),
            "require:\n  - chai/register-expect\n  - test/setup\n  - ./test/global.js\nspec: checks\n",
        )
        .expect("write");
        fs::write(
            root.join("yml/test/setup.ts"),
            "process.env.TZ = 'UTC';\nexports.mochaHooks = {\n  afterEach() {\n    vi.unstubAllEnvs();\n  },\n};\n",
        )
        .expect("write");
        fs::write(
            root.join("yml/test/global.js"),
            "exports.mochaGlobalSetup = async () => {};\n",
        )
        .expect("write");
        fs::create_dir_all(root.join("yml/checks")).expect("mkdir");
        // .mocharc.js: a scalar `file`.
        fs::write(
            root.join("js/.mocharc.js"),
            "module.exports = { file: './test/root.js', require: 'ts-node/register' };\n",
        )
        .expect("write");
        fs::write(root.join("js/test/root.js"), "").expect("write");
        // package.json "mocha".
        fs::write(
            root.join("pkg/package.json"),
            r#"{"name": "p", "mocha": {"require": ["@babel/register", "./test/hooks.mjs"]}}"#,
        )
        .expect("write");
        // Global fixtures and root hooks in one file: a setup file.
        fs::write(
            root.join("pkg/test/hooks.mjs"),
            "export const mochaHooks = { beforeEach() {} };\nexport async function mochaGlobalSetup() {}\n",
        )
        .expect("write");
        // .mocharc.jsonc with a trailing comma (read textually).
        fs::write(
            root.join("json/.mocharc.jsonc"),
            "{\n  \"require\": [\"./test/only.js\",], // done\n}\n",
        )
        .expect("write");
        fs::write(root.join("json/test/only.js"), "").expect("write");

        let c = RunnerConfig::load(&[root.to_path_buf()]);
        assert_eq!(
            c.setup_files,
            vec![
                root.join("js/test/root.js"),
                root.join("json/test/only.js"),
                root.join("pkg/test/hooks.mjs"),
                root.join("yml/test/setup.ts"),
            ]
        );
        assert_eq!(c.global_setup_files, vec![root.join("yml/test/global.js")]);
        // The root hook plugin's afterEach counts for the tests under yml/.
        assert!(c.project_for(&root.join("yml/test/a.spec.js")).unstub_envs);
        assert!(!c.project_for(&root.join("js/test/a.spec.js")).unstub_envs);
        assert!(matches(&c, "yml/checks/deep/a.js"));
        assert!(!matches(&c, "checks/a.js"));
    }

    #[test]
    fn mocha_exports() {
        for yes in [
            "exports.mochaGlobalSetup = async function () {};",
            "module.exports.mochaGlobalSetup = () => {};",
            "module.exports = {\n  mochaGlobalSetup,\n  other: 1,\n};",
            "export async function mochaGlobalSetup() {}",
            "export function* mochaGlobalSetup() {}",
            "export const mochaGlobalSetup = async () => {};",
            "async function setup() {}\nexport { setup as mochaGlobalSetup };",
        ] {
            assert!(exports_binding(yes, "mochaGlobalSetup"), "{yes}");
        }
        for no in [
            "async function mochaGlobalSetup() {}",
            "const mochaGlobalSetup = 1; module.exports = { setup };",
            "exports.mochaGlobalSetupX = 1;",
            "reexport const mochaGlobalSetup = 1;",
        ] {
            assert!(!exports_binding(no, "mochaGlobalSetup"), "{no}");
        }
    }

    #[test]
    fn mocha_root_hooks_teardown_facts() {
        for text in [
            "exports.mochaHooks = {\n  beforeEach() { x(); },\n  afterEach() { jest.useRealTimers(); },\n};",
            "export const mochaHooks = () => ({ afterEach: [() => vi.useRealTimers()] });",
            "module.exports = { mochaHooks: { afterEach: async function () { vi.useRealTimers(); } } };",
        ] {
            assert!(setup_file_facts(text).setup_restores_timers, "{text}");
        }
        for text in [
            // A beforeEach restore, and an afterAll one (once per root
            // suite, not between tests), are no teardown of every test.
            "exports.mochaHooks = { beforeEach() { vi.useRealTimers(); }, afterEach() { x(); } };",
            "exports.mochaHooks = { afterAll() { vi.useRealTimers(); } };",
            "module.exports = { mochaHooks };\nfunction f() { vi.useRealTimers(); }",
        ] {
            assert!(!setup_file_facts(text).setup_restores_timers, "{text}");
        }
    }
}
