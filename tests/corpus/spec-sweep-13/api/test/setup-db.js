const knex = require('./knex');

function clearSessions() {
  return knex('sessions').del();
}

beforeEach(async () => {
  await clearSessions();
});

afterAll(async () => {
  await knex.destroy();
});
