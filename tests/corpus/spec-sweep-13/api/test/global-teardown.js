const knex = require('./knex');

module.exports = async () => {
  await knex.schema.dropTableIfExists('jobs');
  await knex.raw('DROP TABLE IF EXISTS sessions');
  await knex.destroy();
};
