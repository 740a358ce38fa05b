#!/usr/bin/env python3
"""Seeded synthetic test-suite corpus for benchmarking isolint.

  bench/gen.py OUT_DIR --files N [--seed S] [--dense]

Realistic mode mirrors a large monorepo's test suite: Jest/Vitest component
and API tests (JS/TS/TSX), Playwright e2e specs and pytest/unittest modules,
sized like real suites (log-normal, median ~4 KB, a long tail to ~60 KB).
Most files contain nothing any rule looks for; ~11% mention a resource API
(a server, the file system, the environment, a database, the clock), ~6%
have a module-level `let`/`var` or mutable container, and ~1% hold a real
finding (a literal port, a fixed /tmp path, an unrestored env write).

Dense mode: every file mentions several resource APIs (so no prefilter can
skip it) and has module-level state; use it to measure analysis cost per
parsed byte.

The same seed always produces byte-identical files.
"""

import argparse
import math
import os
import random

WORDS = (
    "user account order invoice cart product search profile settings session "
    "payment report dashboard widget modal button form table list item filter "
    "router store reducer action selector hook client api token cache queue"
).split()


def ident(r, cap=False):
    w = r.choice(WORDS) + r.choice(WORDS).capitalize()
    return w[0].upper() + w[1:] if cap else w


def js_stmt(r, ts, tsx):
    a, b = ident(r), ident(r)
    n = r.randint(0, 999)
    pool = [
        f"const {a} = build{ident(r, True)}({{ id: {n}, name: '{b}' }});",
        f"expect({a}).toEqual({{ id: {n}, name: '{b}', tags: ['x', 'y'] }});",
        f"expect(result.{a}).toBe({n});",
        f"const {a} = await {b}.fetch{ident(r, True)}('{b}-{n}');",
        f"expect(mock{ident(r, True)}).toHaveBeenCalledWith(expect.objectContaining({{ {a}: {n} }}));",
        f"const {{ {a}, {b} }} = setup{ident(r, True)}();",
        f"expect(screen.getByText(/{b}/i)).toBeInTheDocument();",
        f"await user.click(screen.getByRole('button', {{ name: '{b}' }}));",
        f"// {b} should stay in sync with the {a} reducer ({n})",
        f"for (const x of [1, 2, 3]) {{ expect(x * {n}).toBeGreaterThan(-1); }}",
        f"const {a} = items.filter((i) => i.{b} > {n}).map((i) => i.id);",
        f"if ({a}.length > {n}) {{ throw new Error('too many {b}'); }}",
    ]
    if ts:
        pool.append(f"const {a}: {ident(r, True)} = {{ id: {n}, kind: '{b}' }} as {ident(r, True)};")
        pool.append(f"const {a} = <T extends {{ id: number }}>(x: T): T => ({{ ...x, id: {n} }});")
    if tsx:
        pool.append(f"render(<{ident(r, True)} {a}={{{n}}} on{ident(r, True)}={{jest.fn()}} />);")
        pool.append(f"const {{ container }} = render(<Provider store={{store}}><{ident(r, True)} /></Provider>);")
    return r.choice(pool)


def py_stmt(r, unittest):
    a, b = ident(r), ident(r)
    n = r.randint(0, 999)
    pool = [
        f"{a} = build_{b.lower()}(id={n}, name='{b}')",
        f"result = service.{a.lower()}({n}, flag=True)",
        f"# {b} must match the {a} schema ({n})",
        f"items = [x for x in range({n % 20}) if x % 2]",
        f"payload = {{'id': {n}, 'name': '{b}', 'tags': ['x', 'y']}}",
        f"response = client.get('/api/{b.lower()}/{n}')",
    ]
    if unittest:
        pool += [f"self.assertEqual(result, {n})", f"self.assertIn('{b}', payload)"]
    else:
        pool += [f"assert result == {n}", f"assert '{b}' in payload", f"assert len(items) < {n + 1}"]
    return r.choice(pool)


# Resource mentions that are NOT findings (isolated or read-only).
JS_RESOURCE = [
    "server = app.listen(0);",
    "const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spec-'));",
    "const apiUrl = process.env.API_URL;",
    "const now = Date.now();",
    "const data = fs.readFileSync(path.join(__dirname, 'fixtures/data.json'), 'utf8');",
    "vi.useFakeTimers();",
    "await db.user.create({ data: { email: `u-${randomUUID()}@test.example` } });",
]
JS_FINDING = [
    "server = app.listen(3000);",
    "fs.writeFileSync('/tmp/report.json', JSON.stringify(result));",
    "process.env.FEATURE_FLAG = 'on';",
    "jest.useFakeTimers();",
]
PY_RESOURCE = [
    "out = tmp_path / 'out.json'",
    "url = os.environ.get('API_URL')",
    "now = time.time()",
    "sock.bind(('127.0.0.1', 0))",
    "data = open('tests/data/sample.json').read()",
]
PY_FINDING = [
    "srv = HTTPServer(('', 8000), Handler)",
    "open('/tmp/cache.json', 'w').write('{}')",
    "os.environ['FEATURE_FLAG'] = 'on'",
]


def size_tests(r, dense):
    # Log-normal test count: median ~10 tests, tail to ~120.
    t = int(math.exp(r.gauss(2.3, 0.75)))
    return max(2, min(t, 120 if not dense else 40))


def js_file(r, kind, ext, dense):
    ts, tsx = ext in ("ts", "tsx"), ext == "tsx"
    lines = []
    if kind == "playwright":
        lines.append("import { test, expect } from '@playwright/test';")
    elif kind == "vitest":
        lines.append("import { describe, it, expect, vi, beforeEach } from 'vitest';")
    if tsx:
        lines.append("import { render, screen } from '@testing-library/react';")
        lines.append("import userEvent from '@testing-library/user-event';")
    for _ in range(r.randint(1, 5)):
        lines.append(f"import {{ {ident(r)} }} from '../{ident(r)}';")
    lines.append("")
    roll = r.random()
    resource = dense or roll < 0.11
    mutable = dense or (0.11 <= roll < 0.17)
    finding = (not dense and roll > 0.99) or (dense and r.random() < 0.05)
    if mutable:
        lines.append(r.choice(["let counter = 0;", "let server;", "const seen = [];", "var cache = new Map();"]))
    suite = "test.describe" if kind == "playwright" else "describe"
    lines.append(f"{suite}('{ident(r, True)}', () => {{")
    if kind != "playwright":
        lines.append("  beforeEach(() => {")
        lines.append(f"    {'vi' if kind == 'vitest' else 'jest'}.clearAllMocks();")
        lines.append("  });")
    tests = size_tests(r, dense)
    for i in range(tests):
        if kind == "playwright":
            lines.append(f"  test('{ident(r)} {i}', async ({{ page }}) => {{")
            lines.append(f"    await page.goto('/{ident(r).lower()}');")
        else:
            lines.append(f"  it('{ident(r)} works {i}', async () => {{")
        for _ in range(r.randint(2, 9)):
            lines.append("    " + js_stmt(r, ts, tsx))
        if resource and i == 0:
            lines.append("    " + r.choice(JS_RESOURCE))
            if dense:
                lines.append("    " + r.choice(JS_RESOURCE))
        if mutable and i == 1:
            lines.append("    counter++;" if r.random() < 0.5 else "    seen.push(1);")
        if finding and i == tests - 1:
            lines.append("    " + r.choice(JS_FINDING))
        lines.append("  });")
        lines.append("")
    lines.append("});")
    return "\n".join(lines) + "\n"


def py_file(r, unittest, dense):
    lines = ["import pytest" if not unittest else "import unittest"]
    for _ in range(r.randint(1, 4)):
        lines.append(f"from app.{ident(r).lower()} import {ident(r, True)}")
    lines.append("")
    roll = r.random()
    resource = dense or roll < 0.11
    mutable = dense or (0.11 <= roll < 0.17)
    finding = (not dense and roll > 0.99) or (dense and r.random() < 0.05)
    if resource:
        lines.insert(0, "import os")
    if mutable:
        lines.append(r.choice(["CACHE = {}", "SEEN = []", "counter = 0"]))
        lines.append("")
    tests = size_tests(r, dense)
    indent = "    "
    if unittest:
        lines.append(f"class Test{ident(r, True)}(unittest.TestCase):")
        lines.append("    def setUp(self):")
        lines.append("        self.client = make_client()")
        lines.append("")
        indent = "        "
    else:
        lines.append("@pytest.fixture")
        lines.append("def client():")
        lines.append("    return make_client()")
        lines.append("")
    for i in range(tests):
        name = f"test_{ident(r).lower()}_{i}"
        if unittest:
            lines.append(f"    def {name}(self):")
        else:
            lines.append(f"def {name}(client):")
        for _ in range(r.randint(2, 8)):
            lines.append(indent + py_stmt(r, unittest))
        if resource and i == 0:
            lines.append(indent + r.choice(PY_RESOURCE))
        if mutable and i == 1:
            lines.append(indent + "SEEN.append(1)")
        if finding and i == tests - 1:
            lines.append(indent + r.choice(PY_FINDING))
        lines.append("")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--files", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--dense", action="store_true")
    args = ap.parse_args()
    r = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    # A project root marker, so the cache lands at the corpus root.
    with open(os.path.join(args.out, "package.json"), "w") as f:
        f.write('{"name": "bench-corpus", "private": true}\n')
    total = 0
    for i in range(args.files):
        pkg = f"packages/pkg{i // 200:03d}"
        x = r.random()
        if x < 0.30:
            kind, ext, d = "jest", r.choice(["ts", "js"]), f"{pkg}/src/__tests__"
            name, text = f"{ident(r)}{i}.test.{ext}", js_file(r, kind, ext, args.dense)
        elif x < 0.50:
            kind, ext, d = "jest", "tsx", f"{pkg}/src/components"
            name, text = f"{ident(r, True)}{i}.test.tsx", js_file(r, kind, ext, args.dense)
        elif x < 0.62:
            kind, ext, d = "vitest", r.choice(["ts", "tsx"]), f"{pkg}/src"
            name, text = f"{ident(r)}{i}.spec.{ext}", js_file(r, kind, ext, args.dense)
        elif x < 0.70:
            kind, ext, d = "playwright", "ts", f"{pkg}/e2e"
            name, text = f"{ident(r)}{i}.spec.ts", js_file(r, kind, ext, args.dense)
        elif x < 0.92:
            d = f"services/svc{i // 200:03d}/tests"
            name, text = f"test_{ident(r).lower()}_{i}.py", py_file(r, False, args.dense)
        else:
            d = f"services/svc{i // 200:03d}/tests"
            name, text = f"test_{ident(r).lower()}_{i}.py", py_file(r, True, args.dense)
        full = os.path.join(args.out, d)
        os.makedirs(full, exist_ok=True)
        data = text.encode()
        total += len(data)
        with open(os.path.join(full, name), "wb") as f:
            f.write(data)
    print(f"{args.files} files, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
