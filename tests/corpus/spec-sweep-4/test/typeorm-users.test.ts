import { DataSource } from 'typeorm';
import { User } from '../src/entities/User';

const ds = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, entities: [User] });

beforeAll(async () => {
  await ds.initialize();
});

afterEach(async () => {
  await ds.query('TRUNCATE "user" RESTART IDENTITY CASCADE');
});

afterAll(async () => {
  await ds.destroy();
});

test('inserts a user with a fixed username', async () => {
  await ds.getRepository(User).insert({ username: 'bob', displayName: 'Bob' });
});

test('raw insert with a literal id and e-mail', async () => {
  await ds.query("INSERT INTO users (id, email) VALUES (42, 'carol@x.com')");
});

test('reads a user it never created', async () => {
  const u = await ds.getRepository(User).findOneBy({ id: 1 });
  expect(u).not.toBeNull();
});
