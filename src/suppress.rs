//! Suppression comments (spec, "Suppressions"):
//! - JS/TS: `// isolint-ignore-next-line RULE[, RULE] -- reason`, trailing
//!   `// isolint-ignore RULE`, `/* isolint-ignore-file RULE */`.
//! - Python: `# isolint: ignore[RULE]` trailing or on the line before,
//!   `# isolint: ignore-file[RULE]`.
//!
//! Files are screened with one substring search for "isolint"; only lines
//! around a hit are parsed, so files without suppressions cost nothing.

use crate::finding::Finding;
use crate::rules;

/// Where a suppression applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Findings starting or ending on this 1-based line.
    Line(usize),
    File,
}

#[derive(Debug, Clone)]
pub struct Suppression {
    /// 1-based line of the comment.
    pub line: usize,
    pub target: Target,
    pub rules: Vec<&'static str>,
    /// Per rule: whether it suppressed at least one finding.
    pub used: Vec<bool>,
}

/// The suppressions of one file and the problems found in them.
#[derive(Debug, Clone, Default)]
pub struct FileSuppressions {
    pub items: Vec<Suppression>,
    /// (line, message): malformed comments and unknown rule names.
    pub warnings: Vec<(usize, String)>,
}

impl FileSuppressions {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && self.warnings.is_empty()
    }

    /// Whether a finding is suppressed; marks the suppression used.
    pub fn suppresses(&mut self, f: &Finding) -> bool {
        let (start, end) = (f.span().start.line, f.span().end.line);
        let mut hit = false;
        for s in &mut self.items {
            let applies = match s.target {
                Target::File => true,
                Target::Line(l) => l == start || l == end,
            };
            if !applies {
                continue;
            }
            if let Some(i) = s.rules.iter().position(|r| *r == f.rule) {
                s.used[i] = true;
                hit = true;
            }
        }
        hit
    }

    /// (line, rule) of every rule in a suppression that matched nothing.
    pub fn unused(&self) -> Vec<(usize, &'static str)> {
        let mut out = Vec::new();
        for s in &self.items {
            for (r, used) in s.rules.iter().zip(&s.used) {
                if !used {
                    out.push((s.line, *r));
                }
            }
        }
        out
    }
}

/// Finds the suppression comments of a file.
pub fn scan(text: &str, python: bool) -> FileSuppressions {
    let mut out = FileSuppressions::default();
    // Asked of every parsed file, almost always in vain: a SIMD search,
    // built once.
    static ISOLINT: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("isolint"));
    if ISOLINT.find(text.as_bytes()).is_none() {
        return out;
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut last_line = usize::MAX;
    let mut line_no = 0usize;
    let mut line_start = 0usize;
    for (offset, _) in text.match_indices("isolint") {
        // Advance the line counter to the hit (hits come in order).
        while let Some(nl) = text[line_start..].find('\n') {
            if line_start + nl >= offset {
                break;
            }
            line_start += nl + 1;
            line_no += 1;
        }
        if line_no == last_line {
            continue;
        }
        last_line = line_no;
        let Some(line) = lines.get(line_no) else {
            continue;
        };
        let parsed = if python {
            parse_python(line)
        } else {
            parse_js(line)
        };
        let Some(parsed) = parsed else {
            continue;
        };
        let here = line_no + 1;
        match parsed {
            Err(message) => out.warnings.push((here, message)),
            Ok((kind, names)) => {
                let mut rules = Vec::new();
                for name in names {
                    match rules::ids().find(|r| *r == name) {
                        Some(r) => rules.push(r),
                        None => out.warnings.push((
                            here,
                            format!(
                                "suppression comment: {}",
                                crate::config::unknown_rule_message(&name)
                            ),
                        )),
                    }
                }
                if rules.is_empty() {
                    continue;
                }
                let target = match kind {
                    Kind::File => Target::File,
                    Kind::SameLine => Target::Line(here),
                    Kind::NextLine => Target::Line(next_code_line(&lines, line_no, python)),
                    Kind::Auto => {
                        if comment_only(line, python) {
                            Target::Line(next_code_line(&lines, line_no, python))
                        } else {
                            Target::Line(here)
                        }
                    }
                };
                let used = vec![false; rules.len()];
                out.items.push(Suppression {
                    line: here,
                    target,
                    rules,
                    used,
                });
            }
        }
    }
    out
}

enum Kind {
    SameLine,
    NextLine,
    File,
    /// Python `ignore[...]`: its own line when trailing code, else the next.
    Auto,
}

type Parsed = Result<(Kind, Vec<String>), String>;

/// The 1-based number of the first line after `idx` (0-based) that holds
/// code, skipping blank and comment-only lines (stacked suppressions).
fn next_code_line(lines: &[&str], idx: usize, python: bool) -> usize {
    let mut i = idx + 1;
    while i < lines.len() && (lines[i].trim().is_empty() || comment_only(lines[i], python)) {
        i += 1;
    }
    i + 1
}

fn comment_only(line: &str, python: bool) -> bool {
    let t = line.trim_start();
    if python {
        t.starts_with('#')
    } else {
        t.starts_with("//") || t.starts_with("/*") || t.starts_with('*')
    }
}

fn parse_js(line: &str) -> Option<Parsed> {
    let idx = line.find("isolint-ignore")?;
    let before = line[..idx].trim_end();
    if !(before.ends_with("//") || before.ends_with("/*") || before.ends_with('*')) {
        return None;
    }
    let rest = &line[idx + "isolint-ignore".len()..];
    let (kind, rest, directive) = if let Some(r) = rest.strip_prefix("-next-line") {
        (Kind::NextLine, r, "isolint-ignore-next-line")
    } else if let Some(r) = rest.strip_prefix("-file") {
        (Kind::File, r, "isolint-ignore-file")
    } else if rest.is_empty() || rest.starts_with(char::is_whitespace) {
        (Kind::SameLine, rest, "isolint-ignore")
    } else {
        let word: String = rest
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '*')
            .collect();
        return Some(Err(format!(
            "unknown suppression `isolint-ignore{word}`; use `isolint-ignore-next-line`, `isolint-ignore` or `isolint-ignore-file`"
        )));
    };
    if !(rest.is_empty() || rest.starts_with(char::is_whitespace) || rest.starts_with("*/")) {
        return Some(Err(format!(
            "malformed suppression `{directive}{}`; write `// {directive} RULE -- reason`",
            rest.split_whitespace().next().unwrap_or("")
        )));
    }
    // Rules end at `--` (the reason) or the end of a block comment.
    let rest = rest.split("*/").next().unwrap_or(rest);
    let rest = rest.split("--").next().unwrap_or(rest);
    let names: Vec<String> = rest
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    if names.is_empty() {
        return Some(Err(format!(
            "`{directive}` needs a rule id, e.g. `// {directive} hardcoded-port -- reason`"
        )));
    }
    Some(Ok((kind, names)))
}

fn parse_python(line: &str) -> Option<Parsed> {
    // The first `#` may sit in a string (`s = "#"  # isolint: ...`): take
    // the first `#` that starts an isolint comment.
    let (hash, _) = line
        .match_indices('#')
        .find(|(i, _)| line[i + 1..].trim_start().starts_with("isolint"))?;
    let comment = line[hash + 1..].trim_start();
    let rest = comment.strip_prefix("isolint")?;
    let Some(rest) = rest.trim_start().strip_prefix(':') else {
        return Some(Err(
            "malformed suppression; write `# isolint: ignore[RULE]`".to_string(),
        ));
    };
    let rest = rest.trim_start();
    let (kind, rest, directive) = if let Some(r) = rest.strip_prefix("ignore-file") {
        (Kind::File, r, "ignore-file")
    } else if let Some(r) = rest.strip_prefix("ignore") {
        (Kind::Auto, r, "ignore")
    } else {
        let word = rest
            .split(|c: char| c == '[' || c.is_whitespace())
            .next()
            .unwrap_or("");
        return Some(Err(format!(
            "unknown suppression `isolint: {word}`; use `# isolint: ignore[RULE]` or `# isolint: ignore-file[RULE]`"
        )));
    };
    let Some(inner) = rest.strip_prefix('[').and_then(|r| r.split(']').next()) else {
        return Some(Err(format!(
            "`# isolint: {directive}` needs rule ids in brackets, e.g. `# isolint: {directive}[hardcoded-port]`"
        )));
    };
    if !rest.contains(']') {
        return Some(Err(format!(
            "unclosed `[` in `# isolint: {directive}[...]`; close the rule list with `]`"
        )));
    }
    let names: Vec<String> = inner
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    if names.is_empty() {
        return Some(Err(format!(
            "`# isolint: {directive}[]` names no rule; e.g. `# isolint: {directive}[hardcoded-port]`"
        )));
    }
    Some(Ok((kind, names)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn targets(text: &str, python: bool) -> Vec<(Target, Vec<&'static str>)> {
        scan(text, python)
            .items
            .into_iter()
            .map(|s| (s.target, s.rules))
            .collect()
    }

    #[test]
    fn js_forms() {
        let text = "/* isolint-ignore-file env-mutation */\nconst a = 1;\n// isolint-ignore-next-line hardcoded-port, fixed-temp-path -- shared fixture\napp.listen(3000);\napp.listen(3001); // isolint-ignore hardcoded-port\n";
        assert_eq!(
            targets(text, false),
            vec![
                (Target::File, vec!["env-mutation"]),
                (Target::Line(4), vec!["hardcoded-port", "fixed-temp-path"]),
                (Target::Line(5), vec!["hardcoded-port"]),
            ]
        );
    }

    #[test]
    fn python_forms() {
        let text = "# isolint: ignore-file[env-mutation]\n# isolint: ignore[hardcoded-port]\nsock.bind(('', 8000))\nsock.bind(('', 8001))  # isolint: ignore[hardcoded-port, fixed-temp-path]\n";
        assert_eq!(
            targets(text, true),
            vec![
                (Target::File, vec!["env-mutation"]),
                (Target::Line(3), vec!["hardcoded-port"]),
                (Target::Line(4), vec!["hardcoded-port", "fixed-temp-path"]),
            ]
        );
    }

    #[test]
    fn warnings_for_bad_comments() {
        let s = scan(
            "x = 1  # isolint: ignore[hardcoded-prot]\n# isolint: ignore\n",
            true,
        );
        assert_eq!(
            s.warnings,
            vec![
                (
                    1,
                    "suppression comment: unknown rule `hardcoded-prot`; did you mean `hardcoded-port`?".to_string()
                ),
                (
                    2,
                    "`# isolint: ignore` needs rule ids in brackets, e.g. `# isolint: ignore[hardcoded-port]`".to_string()
                )
            ]
        );
        let s = scan("// isolint-ignore-nextline hardcoded-port\n", false);
        assert_eq!(s.warnings.len(), 1);
        assert!(s.warnings[0].1.contains("isolint-ignore-nextline"));
        // A `#` inside a string before the comment.
        assert_eq!(
            targets("s = \"#\"  # isolint: ignore[env-mutation]\n", true),
            vec![(Target::Line(1), vec!["env-mutation"])]
        );
        // Not in a comment: a string mentioning isolint is left alone.
        assert!(scan("const s = 'isolint-ignore hardcoded-port';\n", false).is_empty());
    }
}
