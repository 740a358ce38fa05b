import { test, vi } from 'vitest';
import { writeFileSync } from 'node:fs';

test('next-line with two rules', () => {
  // isolint-ignore-next-line fixed-temp-path, global-date-mock -- single-worker smoke check
  writeFileSync('/tmp/smoke-js.txt', String(vi.useFakeTimers()));
});

test('trailing suppression', () => {
  writeFileSync('/tmp/trailing-js.txt', 'x'); // isolint-ignore fixed-temp-path
});

test('unknown rule name keeps the finding', () => {
  // isolint-ignore-next-line fixed-tmp-path
  writeFileSync('/tmp/unknown-js.txt', 'x');
});

test('suppression for another rule', () => {
  writeFileSync('/tmp/other-rule-js.txt', 'x'); // isolint-ignore global-date-mock
});
