const { Client } = require('pg');

module.exports = async function globalTeardown() {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query('DROP DATABASE IF EXISTS app_test');
  await client.end();
};
