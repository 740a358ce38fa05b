'use strict';
const { pool } = require('../../src/db');

const runId = `${process.pid}-${Date.now()}`;

exports.mochaHooks = {
  async beforeAll() {
    await pool.query('TRUNCATE TABLE sessions RESTART IDENTITY CASCADE');
  },
  async afterAll() {
    await pool.query('DELETE FROM audit_log WHERE run_id = $1', [runId]);
    await pool.end();
  },
};
