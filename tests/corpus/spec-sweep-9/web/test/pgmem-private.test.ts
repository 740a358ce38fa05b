import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { newDb } from 'pg-mem';

describe('per-file pg-mem database', () => {
  const mem = newDb();
  const pg = mem.adapters.createPg();
  const db = new pg.Client();

  beforeAll(async () => {
    await db.connect();
    await db.query('CREATE TABLE users (email text primary key, slug text unique)');
  });

  afterAll(async () => {
    await db.query('TRUNCATE users');
    await db.end();
  });

  it('inserts a literal key into its own database', async () => {
    await db.query("INSERT INTO users (email, slug) VALUES ('mem@example.com', 'mem')");
    const { rows } = await db.query('SELECT count(*)::int AS n FROM users');
    expect(rows[0].n).toBe(1);
  });
});
