const knexFactory = require('knex');

module.exports = knexFactory({
  client: 'pg',
  connection: process.env.DATABASE_URL,
});
