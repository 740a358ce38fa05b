import { randomUUID } from 'crypto';
import { AppDataSource } from '../src/data-source';
import { User } from '../src/entities/user.entity';

describe('User profile', () => {
  beforeAll(() => AppDataSource.initialize());
  afterAll(() => AppDataSource.destroy());

  it('saves the owner account', async () => {
    const owner = new User();
    owner.email = 'owner@acme.test';
    owner.displayName = 'Owner';
    await AppDataSource.manager.save(owner);
  });

  it('saves a fresh account', async () => {
    const fresh = new User();
    fresh.email = `u-${randomUUID()}@acme.test`;
    fresh.displayName = 'Test';
    await AppDataSource.manager.save(fresh);
  });
});
