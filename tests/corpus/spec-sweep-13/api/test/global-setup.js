const knex = require('./knex');

async function resetTables() {
  await knex('users').truncate();
  await knex('orders').del();
}

module.exports = async function globalSetup() {
  await knex.migrate.latest();
  await resetTables();
};
