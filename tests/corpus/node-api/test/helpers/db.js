// Shared helpers for the integration tests. Called explicitly by a single
// CI job before the suite, never from a hook.
const { knex } = require('../../src/db');

async function wipeDatabase() {
  await knex.raw('TRUNCATE TABLE users, orders, sessions CASCADE');
}

async function createAdmin(overrides = {}) {
  return knex('users').insert({ role: 'admin', ...overrides }).returning('*');
}

module.exports = { wipeDatabase, createAdmin };
