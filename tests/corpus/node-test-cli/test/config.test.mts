import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../src/config.js';

let saved: string | undefined;
let loads = 0;

beforeEach(() => {
  saved = process.env.CLI_HOME;
});

afterEach(() => {
  if (saved === undefined) delete process.env.CLI_HOME;
  else process.env.CLI_HOME = saved;
});

test('honours CLI_HOME', () => {
  process.env.CLI_HOME = '/opt/cli';
  assert.equal(readConfig().home, '/opt/cli');
});

test('counts config loads', () => {
  loads += 1;
  readConfig();
  assert.ok(loads >= 1);
});

test('sets a debug flag for the rest of the run', () => {
  process.env.CLI_DEBUG = '1';
  assert.equal(readConfig().debug, true);
});
