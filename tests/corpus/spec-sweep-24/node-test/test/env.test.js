import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadSettings } from '../src/settings.js';

describe('loadSettings', () => {
  it('reads NODE_ENV', (t) => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    t.after(() => {
      process.env.NODE_ENV = previous;
    });
    assert.equal(loadSettings().mode, 'production');
  });

  it('reads LOG_LEVEL', () => {
    process.env.LOG_LEVEL = 'debug';
    assert.equal(loadSettings().logLevel, 'debug');
  });
});

describe('loadSettings from a project directory', () => {
  const cwd = process.cwd();

  before(() => {
    process.chdir(path.join(import.meta.dirname, 'fixtures', 'project'));
  });

  after(() => {
    process.chdir(cwd);
  });

  it('finds the rc file', () => {
    assert.equal(loadSettings().source, '.settingsrc');
  });
});
