import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { env as procEnv, chdir, cwd } from 'node:process';
import { load } from '../src/load.mjs';

describe('env (node:test)', () => {
  let prevTz;

  beforeEach(() => {
    prevTz = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo';
  });

  afterEach(() => {
    process.env.TZ = prevTz;
  });

  it('reads the zone', () => {
    assert.equal(load().tz, 'Asia/Tokyo');
  });

  it('sets a flag through the imported env, never restored', () => {
    procEnv.DEBUG = 'app:*';
    assert.ok(load().debug);
  });

  it('changes directory and restores with t.after', (t) => {
    const start = cwd();
    chdir('/srv/data');
    t.after(() => chdir(start));
    assert.ok(load().root);
  });
});
