import 'reflect-metadata';
import { DataSource, Entity, PrimaryGeneratedColumn, Column, getRepository } from 'typeorm';

@Entity()
class Account {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ unique: true })
  email!: string;

  @Column()
  displayName!: string;
}

const dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, entities: [Account] });

beforeAll(async () => {
  await dataSource.initialize();
  await dataSource.synchronize(true);
});

beforeEach(async () => {
  await getRepository(Account).clear();
});

afterAll(async () => {
  await dataSource.dropDatabase();
  await dataSource.destroy();
});

describe('accounts', () => {
  it('saves an account with a literal email', async () => {
    const repository = dataSource.getRepository(Account);
    await repository.save({ email: 'typeorm@x.io', displayName: 'Test' });
  });

  it('saves through a shorthand property', async () => {
    const email = 'shorthand@x.io';
    const repo = dataSource.getRepository(Account);
    await repo.save({ email, displayName: 'Test' });
  });

  it('literal in a non-unique field only', async () => {
    const repo = dataSource.getRepository(Account);
    await repo.save({ email: `acc-${Date.now()}@x.io`, displayName: 'Test' });
  });
});
