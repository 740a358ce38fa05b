const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

afterAll(() => pool.end());

test('inserts a fixed user row', async () => {
  await pool.query("INSERT INTO users (id, email) VALUES (1, 'alice@x.com')");
  const { rows } = await pool.query('SELECT email FROM users WHERE id = 1');
  expect(rows[0].email).toBe('alice@x.com');
});

test('inserts with bound parameters', async () => {
  const email = `u${Date.now()}@x.com`;
  await pool.query('INSERT INTO users (email) VALUES ($1)', [email]);
});
