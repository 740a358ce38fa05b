//! Parse avoidance: most test files contain nothing any rule could report.
//! Before parsing, one Aho-Corasick automaton over the union of the enabled
//! rules' [`Rule::triggers`] scans the raw bytes once; a file in which no
//! trigger occurs cannot hold a finding and is not parsed.
//!
//! Soundness rests on the triggers: a rule with an empty list means "always
//! parse", so a rule without a vetted trigger set never loses findings.
//! `tests/prefilter.rs` checks that the labeled corpus gives identical
//! findings with and without the prefilter.

use crate::rules::Rule;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// Decides whether a file's bytes can contain a finding of an enabled rule.
pub struct Prefilter {
    /// `None` when every file must be parsed: the prefilter is off, or some
    /// enabled rule has no triggers.
    automaton: Option<AhoCorasick>,
}

impl Prefilter {
    /// Built once per run from the enabled rules.
    pub fn new(rules: &[&'static dyn Rule], enabled: bool) -> Prefilter {
        if !enabled || rules.is_empty() || rules.iter().any(|r| r.triggers().is_empty()) {
            return Prefilter { automaton: None };
        }
        let mut patterns: Vec<&str> = rules.iter().flat_map(|r| r.triggers()).copied().collect();
        patterns.sort_unstable();
        patterns.dedup();
        // Only "is there any match" matters, so leftmost-first lets the
        // search stop at the first hit; DFA for the fastest scan.
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostFirst)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&patterns)
            .or_else(|_| AhoCorasick::new(&patterns))
            .ok();
        Prefilter { automaton }
    }

    /// A prefilter that lets every file through.
    pub fn off() -> Prefilter {
        Prefilter { automaton: None }
    }

    /// Whether every file is parsed anyway.
    pub fn is_pass_through(&self) -> bool {
        self.automaton.is_none()
    }

    /// Whether the file must be parsed. Scans the raw bytes, so it is also
    /// right for UTF-16 files: those are always parsed, because their ASCII
    /// triggers would appear interleaved with NUL bytes.
    pub fn may_match(&self, bytes: &[u8]) -> bool {
        let Some(ac) = &self.automaton else {
            return true;
        };
        if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
            return true;
        }
        ac.is_match(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fake(&'static [&'static str]);
    impl Rule for Fake {
        fn id(&self) -> &'static str {
            "fake"
        }
        fn triggers(&self) -> &'static [&'static str] {
            self.0
        }
        fn check<'t>(&self, _cx: &mut crate::rules::RuleContext<'_, 't>) {}
    }
    static PORT: Fake = Fake(&["listen", "bind"]);
    static ALWAYS: Fake = Fake(&[]);

    #[test]
    fn skips_files_without_any_trigger() {
        let p = Prefilter::new(&[&PORT], true);
        assert!(p.may_match(b"app.listen(3000)"));
        assert!(p.may_match(b"sock.bind(('', 1))"));
        assert!(!p.may_match(b"expect(sum(1, 2)).toBe(3)"));
        // UTF-16 is always parsed: triggers would be NUL-interleaved.
        assert!(p.may_match(b"\xFF\xFEl\0i\0"));
    }

    #[test]
    fn empty_trigger_list_or_disabled_means_always_parse() {
        assert!(Prefilter::new(&[&PORT, &ALWAYS], true).is_pass_through());
        assert!(Prefilter::new(&[&PORT], false).is_pass_through());
        assert!(Prefilter::new(&[&PORT, &ALWAYS], true).may_match(b"nothing"));
    }
}
