const { pool } = require('../src/db');

beforeAll(async () => {
  await pool.query('TRUNCATE TABLE sessions');
});

afterAll(async () => {
  await pool.end();
});
