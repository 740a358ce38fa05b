import { DataSource } from 'typeorm';
import { User } from '../src/entity/User';

let ds: DataSource;

beforeAll(async () => {
  ds = await createTestDataSource();
});

it('saves a user filled field by field', async () => {
  const user = new User();
  user.email = 'alice@example.com';
  user.firstName = 'Alice';
  await ds.getRepository(User).save(user);
});

it('saves a user with only non-unique fields', async () => {
  const user = new User();
  user.firstName = 'Timber';
  user.age = 25;
  await ds.manager.save(user);
});

it('persists an entity through the entity manager', async () => {
  const p = new EmailAuthentication();
  p.id = '123';
  p.authenticated = false;
  await ds.manager.save(p);
});
