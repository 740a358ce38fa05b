const Database = require('../database');
const users = require('../users');

it('dials the configured host', async () => {
  // Connection credentials: the pool stores no record.
  const pool = Database.createAuthDatabase({ hostname: '127.0.0.1', port: 0, username: 'probe', password: 'probe' });
  await pool.end();
});

it('creates an account', async () => {
  await users.createAccount({ username: 'probe', password: 'probe' });
});
