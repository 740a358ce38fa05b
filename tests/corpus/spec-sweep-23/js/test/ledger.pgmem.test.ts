import { newDb } from 'pg-mem';
import { Pool } from 'pg';

const mem = newDb();
mem.public.none('CREATE TABLE entries (id int primary key, code text unique)');
const { Pool: MemPool } = mem.adapters.createPg();
const memPool = new MemPool();
const sharedPool = new Pool({ connectionString: process.env.DATABASE_URL });

beforeEach(async () => {
  await memPool.query('TRUNCATE entries');
});

afterAll(async () => {
  await memPool.end();
  await sharedPool.end();
});

test('books an entry in the private database', async () => {
  await memPool.query("INSERT INTO entries (id, code) VALUES (1, 'OPENING')");
  const { rows } = await memPool.query('SELECT code FROM entries');
  expect(rows).toHaveLength(1);
});

test('books an entry in the shared database', async () => {
  await sharedPool.query("INSERT INTO entries (id, code) VALUES (1, 'OPENING')");
});
