const { randomUUID } = require('node:crypto');

function userAttrs(overrides = {}) {
  return { email: `user-${randomUUID()}@test.example`, name: 'Test User', ...overrides };
}

async function createUser(knex, overrides = {}) {
  const [row] = await knex('users').insert(userAttrs(overrides)).returning('*');
  return row;
}

module.exports = { userAttrs, createUser };
