import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from '../src/db.js';

let db;
let sessionId;
const sessions = new Map();

before(async () => {
  db = await connect();
});

describe('sessions', () => {
  it('opens a session', async () => {
    sessionId = await db.open();
    sessions.set(sessionId, { open: true });
    assert.ok(sessionId);
  });

  it('closes the session', async () => {
    await db.close(sessionId);
    assert.ok(db);
  });

  it('opens its own session', async () => {
    const own = await db.open();
    assert.ok(own);
  });
});
