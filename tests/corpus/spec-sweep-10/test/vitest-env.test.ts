import { it, expect, onTestFinished } from 'vitest';
import { resolveHome } from '../src/home';

it('restores HOME with onTestFinished', () => {
  const prev = process.env.HOME;
  process.env.HOME = '/home/ci';
  onTestFinished(() => {
    process.env.HOME = prev;
  });
  expect(resolveHome()).toBe('/home/ci');
});

it('deletes HOME and never restores it', () => {
  delete process.env.HOME;
  expect(resolveHome()).toBe('/');
});
