// Jest globalSetup: runs once in the parent process before any worker.
const { Client } = require('pg');

module.exports = async function globalSetup() {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS public CASCADE');
  await client.query('CREATE SCHEMA public');
  await client.query('TRUNCATE TABLE users');
  await client.end();
};
