import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openSession } from '../src/sessions.js';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const userId = randomUUID();

describe('sessions', () => {
  before(async () => {
    await pool.query('DELETE FROM sessions');
  });

  after(async () => {
    await pool.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
    await pool.end();
  });

  it('opens a session', async () => {
    const session = await openSession(pool, userId);
    assert.equal(session.userId, userId);
  });
});
