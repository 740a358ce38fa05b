const { Client } = require('pg');

module.exports = async () => {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query('TRUNCATE TABLE users CASCADE');
  await client.end();
};
