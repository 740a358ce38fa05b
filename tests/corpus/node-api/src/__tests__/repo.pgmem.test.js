const { newDb } = require('pg-mem');
const { UserRepo } = require('../repo');

describe('UserRepo on pg-mem', () => {
  let client;
  let repo;

  beforeAll(async () => {
    const db = newDb();
    const { Client } = db.adapters.createPg();
    client = new Client();
    await client.connect();
    await client.query('CREATE TABLE users (id serial primary key, email text unique)');
    repo = new UserRepo(client);
  });

  beforeEach(async () => {
    await client.query('TRUNCATE users');
  });

  afterAll(async () => {
    await client.query('DROP TABLE users');
    await client.end();
  });

  it('inserts a user', async () => {
    await client.query("INSERT INTO users (email) VALUES ('alice@x.com')");
    const { rows } = await client.query('SELECT count(*)::int AS n FROM users');
    expect(rows[0].n).toBe(1);
  });

  it('creates through the repo', async () => {
    const user = await repo.create({ email: 'bob@x.com' });
    expect(user.id).toBeGreaterThan(0);
  });
});
