//! Parse avoidance: most test files contain nothing any rule could report.
//! Before parsing, the raw bytes are scanned once for every enabled rule's
//! [`Triggers`] (one Aho-Corasick automaton per language family); a file is
//! parsed only if some rule may report in it, and then only those rules run.
//!
//! A trigger is a literal the finding cannot exist without: an API name as a
//! whole word (`listen` but not `addEventListener`), the start of an
//! identifier (`rm` for `rm`, `rmSync`, `rmdir`), its end (`Db` for
//! `resetDb`), or plain text (`/tmp`).
//! Rules about shared bindings have no such literal (any name can be shared)
//! and use the lexical shared-state screens instead ([`js_state`],
//! [`py_state`]), which over-approximate the model's shared bindings.
//!
//! Soundness rests on the triggers. `assert_rule` checks that every failing
//! case of every rule table passes the prefilter, and `tests/prefilter.rs`
//! that the labeled corpus gives identical findings with and without it.

pub mod js_state;
pub mod py_state;

use crate::lang::Lang;
use crate::rules::Rule;
use std::ops::ControlFlow;

/// How a trigger literal must occur.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// Anywhere, as bytes.
    Text(&'static str),
    /// As a whole identifier: no identifier character on either side.
    Word(&'static str),
    /// At the start of an identifier: no identifier character before it.
    Prefix(&'static str),
    /// At the end of an identifier: no identifier character after it.
    Suffix(&'static str),
}

pub const fn text(s: &'static str) -> Trigger {
    Trigger::Text(s)
}
pub const fn word(s: &'static str) -> Trigger {
    Trigger::Word(s)
}
pub const fn prefix(s: &'static str) -> Trigger {
    Trigger::Prefix(s)
}
pub const fn suffix(s: &'static str) -> Trigger {
    Trigger::Suffix(s)
}

impl Trigger {
    fn literal(self) -> &'static str {
        match self {
            Trigger::Text(s) | Trigger::Word(s) | Trigger::Prefix(s) | Trigger::Suffix(s) => s,
        }
    }

    /// Whether an identifier `name` standing alone in the source satisfies
    /// this trigger (for tests that tie triggers to the model's API tables).
    pub fn matches_identifier(self, name: &str) -> bool {
        match self {
            Trigger::Text(s) => name.contains(s),
            Trigger::Word(s) => name == s,
            Trigger::Prefix(s) => name.starts_with(s),
            Trigger::Suffix(s) => name.ends_with(s),
        }
    }

    /// Whether the match at `start..end` of `bytes` satisfies the kind.
    fn accepts(self, bytes: &[u8], start: usize, end: usize) -> bool {
        let before = start.checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(end).copied();
        match self {
            Trigger::Text(_) => true,
            Trigger::Word(_) => {
                !before.is_some_and(is_ident_byte) && !after.is_some_and(is_ident_byte)
            }
            Trigger::Prefix(_) => !before.is_some_and(is_ident_byte),
            Trigger::Suffix(_) => !after.is_some_and(is_ident_byte),
        }
    }
}

/// ASCII identifier characters. Bytes of multi-byte UTF-8 characters count
/// as boundaries, which can only admit more files.
fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$'
}

/// What must occur in a file for a rule to report in it.
#[derive(Debug, Clone, Copy)]
pub struct Triggers {
    /// One of these, in a JavaScript/TypeScript file.
    pub javascript: &'static [Trigger],
    /// One of these, in a Python file.
    pub python: &'static [Trigger],
    /// The rule only reports code that runs in a setup/teardown hook or a
    /// fixture: the file must also name one (see [`HOOK_WORDS`]). Ignored
    /// when configuration declares extra hooks or fixture decorators.
    pub in_hooks: bool,
    /// The rule is about module/suite/class-level bindings written by
    /// tests: admitted by the lexical shared-state screen, not by literals.
    pub shared_state: bool,
}

impl Triggers {
    /// No screening: every file is parsed for this rule.
    pub const ALWAYS: Triggers = Triggers {
        javascript: &[],
        python: &[],
        in_hooks: false,
        shared_state: false,
    };

    /// For rules about module/suite/class-level bindings that tests write:
    /// any name can be shared, so the lexical shared-state screens
    /// ([`js_state`], [`py_state`]) decide instead of literals.
    pub const SHARED_STATE: Triggers = Triggers {
        shared_state: true,
        ..Triggers::ALWAYS
    };

    fn is_always(&self) -> bool {
        self.javascript.is_empty() && self.python.is_empty() && !self.shared_state
    }
}

/// Names every built-in hook or fixture contains (`model::framework`):
/// `beforeEach`/`afterAll`/`before`/`setup`/`suiteTeardown`...,
/// `setUp`/`tearDownClass`/`asyncSetUp`, `setup_method`, `@pytest.fixture`,
/// and Vitest's/Playwright's `test.extend({...})` / `test.extend<F>({...})`
/// fixtures.
pub const HOOK_WORDS: &[Trigger] = &[
    text("before"),
    text("after"),
    text("setup"),
    text("Setup"),
    text("teardown"),
    text("Teardown"),
    text("SetUp"),
    text("setUp"),
    text("TearDown"),
    text("tearDown"),
    text("fixture"),
    text(".extend("),
    text(".extend<"),
];

/// A set of rules, by index in [`crate::rules::all`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RuleSet(u32);

impl RuleSet {
    pub const ALL: RuleSet = RuleSet(u32::MAX);
    pub const EMPTY: RuleSet = RuleSet(0);

    pub fn contains(self, rule: &dyn Rule) -> bool {
        match index_of(rule) {
            Some(i) => self.0 & (1 << i) != 0,
            None => true,
        }
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    fn with(self, i: usize) -> RuleSet {
        RuleSet(self.0 | (1 << i))
    }
}

fn index_of(rule: &dyn Rule) -> Option<usize> {
    crate::rules::all().iter().position(|r| r.id() == rule.id())
}

/// One language family's automaton: each pattern with its kind and the
/// rules it triggers.
struct Scanner {
    automaton: Option<Automaton>,
    patterns: Vec<(Trigger, RuleSet)>,
    /// The longest literal's length: how far one half of a split scan
    /// reads into the other (see [`Scanner::scan`]).
    longest: usize,
    /// The literals outgrew the automaton's state ids: every rule runs on
    /// every file (sound, as with `--no-prefilter`).
    admit_all: bool,
}

impl Scanner {
    fn new(entries: Vec<(Trigger, usize)>) -> Scanner {
        let mut patterns: Vec<(Trigger, RuleSet)> = Vec::new();
        for (t, rule) in entries {
            match patterns.iter_mut().find(|(p, _)| *p == t) {
                Some((_, set)) => *set = set.with(rule),
                None => patterns.push((t, RuleSet::EMPTY.with(rule))),
            }
        }
        let literals: Vec<&[u8]> = patterns
            .iter()
            .map(|(t, _)| t.literal().as_bytes())
            .collect();
        let automaton = if literals.is_empty() {
            None
        } else {
            Automaton::new(&literals)
        };
        Scanner {
            admit_all: automaton.is_none() && !literals.is_empty(),
            longest: literals.iter().map(|l| l.len()).max().unwrap_or(0),
            automaton,
            patterns,
        }
    }

    /// Every occurrence of every pattern in `bytes` that satisfies its
    /// trigger kind, overlapping ones included, in order of end, until
    /// `visit` breaks: the pattern's index in `patterns`, start and end.
    fn each_match(
        &self,
        bytes: &[u8],
        mut visit: impl FnMut(usize, usize, usize) -> ControlFlow<()>,
    ) {
        let Some(automaton) = &self.automaton else {
            return;
        };
        let mut at = 0;
        let mut state = Automaton::START;
        while let Some((end, reached)) = automaton.next_match(bytes, at, state) {
            (at, state) = (end, reached);
            if self
                .visit_ending(automaton, bytes, state, at, &mut visit)
                .is_break()
            {
                return;
            }
        }
    }

    /// Visits the patterns that end at `end` in match state `state` and
    /// whose trigger kind accepts them there.
    fn visit_ending(
        &self,
        automaton: &Automaton,
        bytes: &[u8],
        state: u32,
        end: usize,
        visit: &mut impl FnMut(usize, usize, usize) -> ControlFlow<()>,
    ) -> ControlFlow<()> {
        for &pattern in automaton.matches(state) {
            let pattern = pattern as usize;
            let trigger = self.patterns[pattern].0;
            let start = end - trigger.literal().len();
            if trigger.accepts(bytes, start, end) {
                visit(pattern, start, end)?;
            }
        }
        ControlFlow::Continue(())
    }

    /// Whether any trigger occurs in `bytes` (rule sets aside).
    fn finds_any(&self, bytes: &[u8]) -> bool {
        let mut found = false;
        self.each_match(bytes, |_, _, _| {
            found = true;
            ControlFlow::Break(())
        });
        found || self.admit_all
    }

    /// The rules whose triggers occur in `bytes`, stopping early once all
    /// of `wanted` are found.
    fn scan(&self, bytes: &[u8], wanted: RuleSet) -> RuleSet {
        if self.admit_all {
            return wanted;
        }
        let mut found = RuleSet::EMPTY;
        let mut add = |pattern: usize, _: usize, _: usize| {
            found.0 |= self.patterns[pattern].1 .0;
            if found.0 & wanted.0 == wanted.0 {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        };
        if bytes.len() < SPLIT_SCAN_MIN {
            self.each_match(bytes, add);
        } else {
            self.each_match_in_halves(bytes, &mut add);
        }
        found
    }

    /// [`Scanner::each_match`] for a caller that wants only the set of
    /// matches, not their order: the two halves of `bytes` are stepped in
    /// lockstep, one byte of each per round. A step is a load whose address
    /// depends on the step before, so one stream waits on that latency at
    /// every byte; two independent streams overlap their waits. On 1,000
    /// dense files (`check --timings`, six paired runs) the prefilter fell
    /// from a median 2.2% of the parse's CPU time to 1.2%, and `debug
    /// prefilter` over 5,000 (reading included) from 133–176 ms to
    /// 100–149 ms, at a few more instructions a byte: a second comparison
    /// per step, as the table is read whole.
    ///
    /// The first stream reads `longest - 1` bytes into the second half, so
    /// every match lies wholly inside one stream: one starting in the first
    /// half ends by then, one starting in the second is the second's. A
    /// match inside the overlap is visited twice.
    fn each_match_in_halves(
        &self,
        bytes: &[u8],
        visit: &mut impl FnMut(usize, usize, usize) -> ControlFlow<()>,
    ) {
        let Some(automaton) = &self.automaton else {
            return;
        };
        let mid = bytes.len() / 2;
        let first_end = (mid + self.longest.saturating_sub(1)).min(bytes.len());
        let (first, second) = (&bytes[..first_end], &bytes[mid..]);
        let trans = &automaton.trans[..];
        let classes = &automaton.classes;
        let first_match = automaton.first_match as usize;
        // The patterns ending where a stream entered a match state.
        let mut report = |state: usize, end: usize| {
            self.visit_ending(automaton, bytes, state as u32, end, visit)
        };
        let step = |state: usize, byte: u8| -> usize {
            trans
                .get(state + usize::from(classes[usize::from(byte)]))
                .map_or(Automaton::START as usize, |&s| s as usize)
        };
        let (mut a, mut b) = (Automaton::START as usize, Automaton::START as usize);
        let both = first.len().min(second.len());
        for (k, (&x, &y)) in first.iter().zip(second).enumerate() {
            a = step(a, x);
            b = step(b, y);
            if a >= first_match && report(a, k + 1).is_break() {
                return;
            }
            if b >= first_match && report(b, mid + k + 1).is_break() {
                return;
            }
        }
        // The longer stream's tail, alone.
        let (tail, mut state, offset) = if first.len() > both {
            (&first[both..], a, both)
        } else {
            (&second[both..], b, mid + both)
        };
        for (k, &byte) in tail.iter().enumerate() {
            state = step(state, byte);
            if state >= first_match && report(state, offset + k + 1).is_break() {
                return;
            }
        }
    }
}

/// Files shorter than this are scanned as one stream: splitting costs a
/// few comparisons more per byte, which pays only once the latency it
/// hides adds up.
const SPLIT_SCAN_MIN: usize = 2048;

/// An Aho-Corasick automaton over the literals, as a dense table of
/// transitions on byte classes, stepped by [`Automaton::next_match`].
///
/// Why not the aho-corasick crate's DFA: building it cost about 10 M
/// instructions per run (0.4% of checking 300 dense files) for tables over
/// its own byte classes, and stepping it through its `Automaton` trait
/// took two comparisons a byte (bounds, then match state). This table is
/// built from the trie in about a third of that, and its states are
/// numbered so that one comparison a byte is both (see `next_match`). A prefilter (skipping to bytes that can start a
/// literal) does not pay: in source text nearly every byte can.
/// The unit test below checks it against the crate's overlapping search.
struct Automaton {
    /// Each byte's class: the bytes of no literal all share class 0.
    classes: [u8; 256],
    /// `trans[state + class]`: the next state. States are premultiplied by
    /// the number of classes, so a state is its row's offset.
    trans: Vec<u32>,
    /// States from this one on end at least one literal; the others none.
    first_match: u32,
    /// Number of classes (the length of a row).
    stride: u32,
    /// The patterns ending at each match state (by `(state - first_match) /
    /// stride`), those of its longest proper suffixes included.
    matches: Vec<Vec<u32>>,
}

impl Automaton {
    const START: u32 = 0;

    /// `None` if the table would outgrow its `u32` state ids, or a literal
    /// is empty (the start state would be a match state).
    fn new(literals: &[&[u8]]) -> Option<Automaton> {
        if literals.iter().any(|l| l.is_empty()) {
            return None;
        }
        let mut classes = [0u8; 256];
        let mut stride = 1usize;
        for &byte in literals.iter().flat_map(|l| l.iter()) {
            if classes[usize::from(byte)] == 0 {
                classes[usize::from(byte)] = u8::try_from(stride).ok()?;
                stride += 1;
            }
        }
        // The trie: `goto[state * stride + class]`, NONE where no literal
        // continues. The root is state 0.
        const NONE: u32 = u32::MAX;
        let mut goto: Vec<u32> = vec![NONE; stride];
        let mut ends: Vec<Vec<u32>> = vec![Vec::new()];
        for (pattern, literal) in literals.iter().enumerate() {
            let mut state = 0usize;
            for &byte in literal.iter() {
                let slot = state * stride + usize::from(classes[usize::from(byte)]);
                if goto[slot] == NONE {
                    goto[slot] = u32::try_from(ends.len()).ok()?;
                    ends.push(Vec::new());
                    goto.resize(goto.len() + stride, NONE);
                }
                state = goto[slot] as usize;
            }
            ends[state].push(u32::try_from(pattern).ok()?);
        }
        // Failure links in breadth-first order, filling every missing
        // transition with the one of the longest proper suffix that is a
        // trie state (already complete: it is shallower), and inheriting
        // that suffix's matches.
        let states = ends.len();
        let mut fail = vec![0usize; states];
        let mut queue = std::collections::VecDeque::from([0usize]);
        while let Some(state) = queue.pop_front() {
            for class in 0..stride {
                let slot = state * stride + class;
                let via_fail = if state == 0 {
                    0
                } else {
                    goto[fail[state] * stride + class]
                };
                if goto[slot] == NONE {
                    goto[slot] = via_fail;
                } else {
                    let child = goto[slot] as usize;
                    fail[child] = via_fail as usize;
                    let inherited = ends[fail[child]].clone();
                    ends[child].extend(inherited);
                    queue.push_back(child);
                }
            }
        }
        // Renumber: states without matches first, in order (the root stays
        // 0), then the match states.
        let mut order: Vec<usize> = (0..states).filter(|&s| ends[s].is_empty()).collect();
        let first_match = order.len();
        order.extend((0..states).filter(|&s| !ends[s].is_empty()));
        let mut new_id = vec![0u32; states];
        for (new, &old) in order.iter().enumerate() {
            new_id[old] = u32::try_from(new.checked_mul(stride)?).ok()?;
        }
        let mut trans = Vec::with_capacity(states * stride);
        for &old in &order {
            trans.extend(
                goto[old * stride..(old + 1) * stride]
                    .iter()
                    .map(|&next| new_id[next as usize]),
            );
        }
        let matches = order[first_match..]
            .iter()
            .map(|&old| std::mem::take(&mut ends[old]))
            .collect();
        Some(Automaton {
            classes,
            trans,
            first_match: u32::try_from(first_match.checked_mul(stride)?).ok()?,
            stride: u32::try_from(stride).ok()?,
            matches,
        })
    }

    /// The patterns that end at `state`.
    fn matches(&self, state: u32) -> &[u32] {
        match state.checked_sub(self.first_match) {
            Some(k) => &self.matches[(k / self.stride) as usize],
            None => &[],
        }
    }

    /// Steps over `bytes[at..]` from `state` to the next state that ends a
    /// literal: the end of the byte that reached it, and the state. Its own
    /// function so that the per-byte loop keeps its few values in
    /// registers. Most bytes of most files are scanned (a file rarely names
    /// every rule's trigger), so the loop is kept to six instructions a
    /// byte: eight bytes a round, so that its own bookkeeping is paid once
    /// per eight, and one check per byte that is both the bounds check and
    /// the match test. The rows of match states come last in `trans`;
    /// within the rows before them (`plain`), a step from a match state is
    /// out of bounds: the match is noticed one byte late, when leaving it.
    #[inline(never)]
    fn next_match(&self, bytes: &[u8], at: usize, state: u32) -> Option<(usize, u32)> {
        let classes = &self.classes;
        let class = |byte: u8| usize::from(classes[usize::from(byte)]);
        // The first step may leave a match state (the caller resumes from
        // the one it was given): through the whole table.
        let (&first, rest) = bytes.get(at..)?.split_first()?;
        let next = self.trans[state as usize + class(first)];
        if next >= self.first_match {
            return Some((at + 1, next));
        }
        // A `usize` in the loop: indexing needs no widening.
        let mut state = next as usize;
        let plain = &self.trans[..self.first_match as usize];
        // `end`: the index of the byte about to be stepped over, which is
        // the end of the match when the step finds `state` to be one.
        let mut end = at + 1;
        let mut chunks = rest.chunks_exact(8);
        for chunk in &mut chunks {
            for (k, &byte) in chunk.iter().enumerate() {
                match plain.get(state + class(byte)) {
                    Some(&next) => state = next as usize,
                    None => return Some((end + k, state as u32)),
                }
            }
            end += 8;
        }
        for (k, &byte) in chunks.remainder().iter().enumerate() {
            match plain.get(state + class(byte)) {
                Some(&next) => state = next as usize,
                None => return Some((end + k, state as u32)),
            }
        }
        (state >= self.first_match as usize).then_some((bytes.len(), state as u32))
    }
}

/// Decides which enabled rules can report in a file, from its raw bytes.
pub struct Prefilter {
    /// `None` when every file is parsed for every rule: the prefilter is off.
    screens: Option<Screens>,
}

struct Screens {
    javascript: Scanner,
    python: Scanner,
    hooks: Scanner,
    /// Rules with no triggers: always run.
    always: RuleSet,
    /// Rules that need a hook word too, and the scanner for those words
    /// (its patterns carry no rules).
    in_hooks: RuleSet,
    /// Rules admitted by the shared-state screen.
    shared_state: RuleSet,
    /// Every rule the prefilter was built for.
    all: RuleSet,
}

impl Prefilter {
    /// Built once per run from the rules that may be enabled.
    pub fn new(rules: &[&'static dyn Rule], enabled: bool) -> Prefilter {
        if !enabled || rules.is_empty() {
            return Prefilter { screens: None };
        }
        let (mut js, mut py) = (Vec::new(), Vec::new());
        let mut screens = Screens {
            javascript: Scanner::new(Vec::new()),
            python: Scanner::new(Vec::new()),
            hooks: Scanner::new(HOOK_WORDS.iter().map(|&t| (t, 0)).collect()),
            always: RuleSet::EMPTY,
            in_hooks: RuleSet::EMPTY,
            shared_state: RuleSet::EMPTY,
            all: RuleSet::EMPTY,
        };
        for rule in rules {
            let Some(i) = index_of(*rule) else {
                continue;
            };
            let t = rule.triggers();
            screens.all = screens.all.with(i);
            if t.is_always() {
                screens.always = screens.always.with(i);
                continue;
            }
            js.extend(t.javascript.iter().map(|&x| (x, i)));
            py.extend(t.python.iter().map(|&x| (x, i)));
            if t.in_hooks {
                screens.in_hooks = screens.in_hooks.with(i);
            }
            if t.shared_state {
                screens.shared_state = screens.shared_state.with(i);
            }
        }
        screens.javascript = Scanner::new(js);
        screens.python = Scanner::new(py);
        Prefilter {
            screens: Some(screens),
        }
    }

    /// The rules that may report in a file of `lang` with these bytes; an
    /// empty set means the file need not be parsed. `extended_framework`:
    /// configuration declares extra hooks, suites or fixture decorators,
    /// which the lexical screens do not know.
    pub fn rules_for(&self, lang: Lang, bytes: &[u8], extended_framework: bool) -> RuleSet {
        let Some(s) = &self.screens else {
            return RuleSet::ALL;
        };
        // UTF-16 files are always parsed: their ASCII triggers would appear
        // interleaved with NUL bytes.
        if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
            return RuleSet::ALL;
        }
        let scanner = if lang.is_python() {
            &s.python
        } else {
            &s.javascript
        };
        let literal = RuleSet(s.all.0 & !s.always.0 & !s.shared_state.0);
        let mut found = RuleSet(scanner.scan(bytes, literal).0 | s.always.0);
        let gated = RuleSet(found.0 & s.in_hooks.0);
        if !gated.is_empty() && !extended_framework && !s.hooks.finds_any(bytes) {
            found.0 &= !gated.0;
        }
        if !s.shared_state.is_empty() {
            // A file that is parsed anyway runs the shared-state rules
            // without the screen: their check, over a tree that is already
            // there, costs less than screening the bytes (dense corpus:
            // about 2% against 3.4% of the run), and the screen only ever
            // removes files on which those rules report nothing.
            let parsed_anyway = !RuleSet(found.0 & s.all.0).is_empty();
            let shared = extended_framework
                || parsed_anyway
                || if lang.is_python() {
                    py_state::may_write_shared_state(bytes)
                } else {
                    js_state::may_write_shared_state(bytes)
                };
            if shared {
                found.0 |= s.shared_state.0;
            }
        }
        RuleSet(found.0 & s.all.0)
    }
}

/// The length of the first of `puncts` (longest first) that `rest` starts
/// with, else 1. Byte by byte rather than `starts_with`, whose call to
/// `memcmp` per candidate made up most of the tokenizers' cost on
/// punctuation; a candidate is usually rejected by its first byte.
pub(crate) fn punct_len(puncts: &[&[u8]], rest: &[u8]) -> usize {
    let Some(&first) = rest.first() else {
        return 1;
    };
    puncts
        .iter()
        .find(|p| {
            p.first() == Some(&first)
                && p.len() <= rest.len()
                && p.iter().zip(rest).all(|(a, b)| a == b)
        })
        .map_or(1, |p| p.len())
}

/// Test support for the shared-state screens: each `admit` source must be
/// admitted, each `reject` source rejected.
#[cfg(test)]
pub(crate) fn assert_screen(screen: fn(&[u8]) -> bool, admit: &[&str], reject: &[&str]) {
    for src in admit {
        assert!(screen(src.as_bytes()), "should admit:\n{src}");
    }
    for src in reject {
        assert!(!screen(src.as_bytes()), "should reject:\n{src}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::MatchKind;

    /// The scanner's own DFA loop reports exactly the accepted matches of
    /// the crate's overlapping search over the same literals, on every
    /// source file under `tests/` (and `ISOLINT_PATTERN_DIFF_DIRS`) and on
    /// text where triggers overlap, for the JavaScript, Python and hook-word
    /// scanners.
    #[test]
    fn scanner_reports_what_the_overlapping_search_does() {
        let rules = crate::rules::all();
        let prefilter = Prefilter::new(rules, true);
        let screens = prefilter.screens.as_ref().expect("prefilter on");
        let scanners = [&screens.javascript, &screens.python, &screens.hooks];
        let reference = |scanner: &Scanner, bytes: &[u8]| -> Vec<(usize, usize, usize)> {
            let literals: Vec<&str> = scanner.patterns.iter().map(|(t, _)| t.literal()).collect();
            let ac = aho_corasick::AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&literals)
                .expect("builds");
            ac.find_overlapping_iter(bytes)
                .filter(|m| {
                    scanner.patterns[m.pattern().as_usize()]
                        .0
                        .accepts(bytes, m.start(), m.end())
                })
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
                .collect()
        };
        let ours = |scanner: &Scanner, bytes: &[u8]| {
            let mut out = Vec::new();
            scanner.each_match(bytes, |p, start, end| {
                out.push((p, start, end));
                ControlFlow::Continue(())
            });
            out
        };
        let mut compared = 0;
        let mut check = |bytes: &[u8]| {
            for scanner in scanners {
                let (mut a, mut b) = (ours(scanner, bytes), reference(scanner, bytes));
                // Same matches; the order among matches ending at one byte
                // is the automaton's, not part of the contract.
                a.sort_unstable();
                b.sort_unstable();
                assert_eq!(
                    a,
                    b,
                    "{}",
                    String::from_utf8_lossy(&bytes[..bytes.len().min(200)])
                );
                compared += a.len();
            }
        };
        for text in [
            "beforeEach(() => fs.rmSync('/tmp/x'))",
            "app.listen(3000); server.listen(port)",
            "setUpClass tearDownModule setup_method afterAll",
            "resetDb(); db.query('TRUNCATE users'); os.environ['X'] = '1'",
            "",
            "rm",
        ] {
            check(text.as_bytes());
        }
        let files = crate::testing::for_each_source_file(|_, _, src, _| check(src.as_bytes()));
        assert!(files > 50, "only {files} files");
        assert!(compared > 1000, "only {compared} matches compared");
    }

    /// The split scan visits the same set of matches as the one-stream
    /// scan, on every source file under `tests/` and `examples/` and on
    /// every prefix length of a few of them (odd splits, a match across
    /// the middle, files shorter than the longest literal).
    #[test]
    fn scan_in_halves_finds_what_one_stream_finds() {
        let rules = crate::rules::all();
        let prefilter = Prefilter::new(rules, true);
        let screens = prefilter.screens.as_ref().expect("prefilter on");
        let scanners = [&screens.javascript, &screens.python, &screens.hooks];
        let set = |scanner: &Scanner, bytes: &[u8], halves: bool| {
            let mut out = std::collections::BTreeSet::new();
            let mut add = |p: usize, start: usize, end: usize| {
                out.insert((p, start, end));
                ControlFlow::Continue(())
            };
            if halves {
                scanner.each_match_in_halves(bytes, &mut add);
            } else {
                scanner.each_match(bytes, add);
            }
            out
        };
        let mut compared = 0;
        let mut check = |bytes: &[u8]| {
            for scanner in scanners {
                let one = set(scanner, bytes, false);
                assert_eq!(
                    set(scanner, bytes, true),
                    one,
                    "{}",
                    String::from_utf8_lossy(&bytes[..bytes.len().min(200)])
                );
                compared += one.len();
            }
        };
        let mut sources = Vec::new();
        let files = crate::testing::for_each_source_file(|_, _, src, _| {
            check(src.as_bytes());
            if sources.len() < 4 && src.len() < 3000 {
                sources.push(src.to_string());
            }
        });
        assert!(files > 50, "only {files} files");
        for src in &sources {
            for len in 0..=src.len() {
                check(&src.as_bytes()[..len]);
            }
        }
        // A trigger straddling the middle.
        let mut text = "x".repeat(SPLIT_SCAN_MIN);
        text.insert_str(SPLIT_SCAN_MIN / 2 - 3, " TRUNCATE ");
        check(text.as_bytes());
        assert!(compared > 1000, "only {compared} matches compared");
    }

    #[test]
    fn punct_len_finds_the_longest_punctuator_that_fits() {
        let puncts: &[&[u8]] = &[b">>>=", b">>>", b">>", b"=>"];
        assert_eq!(punct_len(puncts, b">>>= 1"), 4);
        assert_eq!(punct_len(puncts, b">>> 1"), 3);
        // At the end of the file a longer one cannot fit.
        assert_eq!(punct_len(puncts, b">>"), 2);
        assert_eq!(punct_len(puncts, b">"), 1);
        assert_eq!(punct_len(puncts, b"=>x"), 2);
        assert_eq!(punct_len(puncts, b""), 1);
    }

    #[test]
    fn trigger_kinds_respect_identifier_boundaries() {
        let w = word("listen");
        let accepts = |t: Trigger, s: &str| {
            let lit = t.literal();
            s.match_indices(lit)
                .any(|(i, _)| t.accepts(s.as_bytes(), i, i + lit.len()))
        };
        assert!(accepts(w, "app.listen(3000)"));
        assert!(accepts(w, "listen"));
        assert!(!accepts(w, "addEventListener('x')"));
        assert!(!accepts(w, "app.listenOnce()"));
        assert!(accepts(prefix("rm"), "fs.rmSync(p)"));
        assert!(!accepts(prefix("rm"), "transform(p)"));
        assert!(accepts(text("/tmp"), "'/var/tmp/x'"));
        assert!(accepts(suffix("Db"), "await resetDb();"));
        assert!(!accepts(suffix("Db"), "new DbClient()"));
    }

    #[test]
    fn off_and_utf16_admit_everything() {
        assert_eq!(
            Prefilter::new(crate::rules::all(), false).rules_for(
                Lang::JavaScript,
                b"nothing",
                false
            ),
            RuleSet::ALL
        );
        let p = Prefilter::new(crate::rules::all(), true);
        assert_eq!(
            p.rules_for(Lang::JavaScript, b"\xFF\xFEa\0", false),
            RuleSet::ALL
        );
    }

    #[test]
    fn a_file_without_triggers_needs_no_rule() {
        let p = Prefilter::new(crate::rules::all(), true);
        let plain = b"import { render } from '@testing-library/react';\n\
            it('renders', () => { expect(render(1)).toBeTruthy(); });\n";
        assert!(p.rules_for(Lang::JavaScript, plain, false).is_empty());
        let py = b"def test_add():\n    assert 1 + 1 == 2\n";
        assert!(p.rules_for(Lang::Python, py, false).is_empty());
    }

    #[test]
    fn only_the_triggered_rules_run() {
        let p = Prefilter::new(crate::rules::all(), true);
        let port = crate::rules::by_id("hardcoded-port").expect("rule");
        let env = crate::rules::by_id("env-mutation").expect("rule");
        let set = p.rules_for(Lang::JavaScript, b"it('x', () => app.listen(3000));", false);
        assert!(set.contains(port));
        assert!(!set.contains(env));
    }

    #[test]
    fn hook_gated_rules_need_a_hook_word_unless_config_adds_hooks() {
        let p = Prefilter::new(crate::rules::all(), true);
        let truncate = crate::rules::by_id("truncate-in-hook").expect("rule");
        let in_test = b"it('x', () => db.query('TRUNCATE users'));";
        let in_hook = b"beforeEach(() => db.query('TRUNCATE users'));";
        assert!(!p
            .rules_for(Lang::JavaScript, in_test, false)
            .contains(truncate));
        assert!(p
            .rules_for(Lang::JavaScript, in_hook, false)
            .contains(truncate));
        let in_extend = b"base.extend<F>({ db: async ({}, use) => { await q('TRUNCATE users'); await use(1); } });";
        assert!(p
            .rules_for(Lang::TypeScript, in_extend, false)
            .contains(truncate));
        // `[tool.isolint] extra-hooks = ["withDb"]`: any name can be a hook.
        assert!(p
            .rules_for(Lang::JavaScript, in_test, true)
            .contains(truncate));
    }
}
