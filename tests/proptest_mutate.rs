//! Property: whatever bytes a test file holds, the analyzer neither panics
//! nor runs away. Seeds are the labeled corpus / fixtures under `tests/`,
//! the rule docs' examples and a few built-in snippets; each case applies
//! random byte flips, truncations and splices (from another seed, so
//! grammar fragments land in odd places) and analyses the result in every
//! language the seed could be.
//!
//! 64 cases by default; `ISOLINT_PROPTEST_CASES=5000` for a longer soak.

use isolint::engine::{analyze_source, Settings};
use isolint::lang::Lang;
use isolint::model::FileRole;
use isolint::rules::{self, RuleDoc};
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const PER_FILE_BOUND: Duration = Duration::from_secs(10);

const BUILTIN: &[&str] = &[
    "const PORT = 3000;\ndescribe('s', () => {\n  let id;\n  beforeAll(() => { server = app.listen(PORT); });\n  it('a', async () => { id = await create({ email: 'a@b.c' }); fs.writeFileSync('/tmp/x.json', '{}'); });\n  it('b', () => { expect(get(id)).toBeTruthy(); process.env.X = '1'; jest.useFakeTimers(); });\n});\n",
    "import pytest, os\nCACHE = {}\n\n@pytest.fixture\ndef port():\n    return 8000\n\ndef test_a(port):\n    global CACHE\n    HTTPServer(('', port), H)\n    open('/tmp/x', 'w').write('1')\n    os.environ['X'] = '1'\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        db.execute('TRUNCATE users')\n    def test_b(self):\n        type(self).token = 1\n",
    "test.describe.concurrent('x', () => { test('y', async ({ page }, testInfo) => { await page.screenshot({ path: `shot-${testInfo.parallelIndex}.png` }); }); });\n",
];

#[derive(Debug, Clone)]
enum Mutation {
    Flip {
        at: usize,
        byte: u8,
    },
    Truncate {
        at: usize,
    },
    Splice {
        at: usize,
        from: usize,
        start: usize,
        len: usize,
    },
    Delete {
        at: usize,
        len: usize,
    },
}

fn seeds() -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = BUILTIN.iter().map(|s| s.as_bytes().to_vec()).collect();
    for id in rules::ids() {
        if let Some(doc) = RuleDoc::get(id) {
            out.extend(
                doc.bad
                    .iter()
                    .chain(&doc.good)
                    .map(|e| e.code.as_bytes().to_vec()),
            );
        }
    }
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")];
    let mut files: Vec<PathBuf> = Vec::new();
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if Lang::from_path(&p).is_some() {
                files.push(p);
            }
        }
    }
    files.sort();
    // Bounded: enough variety without slowing CI down.
    for f in files.into_iter().take(400) {
        if let Ok(b) = std::fs::read(&f) {
            if b.len() < 200_000 {
                out.push(b);
            }
        }
    }
    out
}

fn apply(seed: &[u8], others: &[Vec<u8>], mutations: &[Mutation]) -> Vec<u8> {
    let mut b = seed.to_vec();
    for m in mutations {
        let n = b.len().max(1);
        match *m {
            Mutation::Flip { at, byte } => {
                if !b.is_empty() {
                    let i = at % n;
                    b[i] ^= byte;
                }
            }
            Mutation::Truncate { at } => b.truncate(at % n),
            Mutation::Splice {
                at,
                from,
                start,
                len,
            } => {
                let src = &others[from % others.len()];
                if !src.is_empty() {
                    let s = start % src.len();
                    let e = (s + len).min(src.len());
                    let at = (at % n).min(b.len());
                    b.splice(at..at, src[s..e].iter().copied());
                }
            }
            Mutation::Delete { at, len } => {
                let at = (at % n).min(b.len());
                let end = (at + len).min(b.len());
                b.drain(at..end);
            }
        }
    }
    b
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<usize>(), 1u8..=255).prop_map(|(at, byte)| Mutation::Flip { at, byte }),
        1 => any::<usize>().prop_map(|at| Mutation::Truncate { at }),
        3 => (any::<usize>(), any::<usize>(), any::<usize>(), 0usize..400)
            .prop_map(|(at, from, start, len)| Mutation::Splice { at, from, start, len }),
        2 => (any::<usize>(), 0usize..200).prop_map(|(at, len)| Mutation::Delete { at, len }),
    ]
}

fn has_error(lang: Lang, text: &str) -> bool {
    let mut parser = tree_sitter::Parser::new();
    parser.set_language(&lang.grammar()).expect("grammar loads");
    parser
        .parse(text, None)
        .is_none_or(|t| t.root_node().has_error())
}

fn cases() -> u32 {
    std::env::var("ISOLINT_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn mutated_sources_never_panic_or_hang(
        pick in any::<usize>(),
        mutations in proptest::collection::vec(mutation(), 1..12),
    ) {
        let seeds = seeds();
        let bytes = apply(&seeds[pick % seeds.len()], &seeds, &mutations);
        let text = String::from_utf8_lossy(&bytes);
        let settings = Settings::all_rules();
        for (name, lang) in [
            ("m.test.js", Lang::JavaScript),
            ("m.test.ts", Lang::TypeScript),
            ("m.test.tsx", Lang::Tsx),
            ("test_m.py", Lang::Python),
            ("conftest.py", Lang::Python),
        ] {
            let role = if name == "conftest.py" { FileRole::Conftest } else { FileRole::Test };
            let start = Instant::now();
            let (findings, _notices) = analyze_source(Path::new(name), &text, lang, role, &settings);
            let took = start.elapsed();
            prop_assert!(took < PER_FILE_BOUND, "{name} took {took:?}");
            for f in &findings {
                // Spans must stay inside the text (reporters slice by them).
                prop_assert!(f.span().start_byte <= f.span().end_byte);
                prop_assert!(f.span().end_byte <= text.len());
                for e in f.fix.iter().flat_map(|fix| &fix.edits) {
                    prop_assert!(e.span.start_byte <= e.span.end_byte);
                    prop_assert!(text.is_char_boundary(e.span.start_byte));
                    prop_assert!(text.is_char_boundary(e.span.end_byte));
                }
            }
            // `--fix` on a text that parses leaves a text that parses.
            let fixes: Vec<_> = findings.iter().filter_map(|f| f.fix.clone()).collect();
            if !fixes.is_empty() && !has_error(lang, &text) {
                if let Some((fixed, _)) = isolint::fix::apply_parsing(lang, &text, &fixes) {
                    prop_assert!(!has_error(lang, &fixed), "{name}: a fix broke the parse:\n{fixed}");
                }
            }
        }
    }
}
