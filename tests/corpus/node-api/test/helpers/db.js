// Shared helpers for the integration tests. `wipeDatabase` is called
// explicitly by a single CI job before the suite, never from a hook;
// `clearDatabase` is the per-file reset some suites call from hooks.
const { knex } = require('../../src/db');

async function wipeDatabase() {
  await knex.raw('TRUNCATE TABLE users, orders, sessions CASCADE');
}

async function clearDatabase() {
  await knex('orders').del();
}

async function createAdmin(overrides = {}) {
  return knex('users').insert({ role: 'admin', ...overrides }).returning('*');
}

module.exports = { wipeDatabase, clearDatabase, createAdmin };
