import { Test } from '@nestjs/testing';
import { DataSource, QueryRunner, Repository } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { UsersService } from './users.service';
import { User } from './user.entity';

describe('UsersService', () => {
  let dataSource: DataSource;
  let queryRunner: QueryRunner;
  let service: UsersService;
  let repo: Repository<User>;

  beforeAll(async () => {
    dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, entities: [User] });
    await dataSource.initialize();
  });

  beforeEach(async () => {
    queryRunner = dataSource.createQueryRunner();
    await queryRunner.startTransaction();
    repo = queryRunner.manager.getRepository(User);
    const moduleRef = await Test.createTestingModule({
      providers: [UsersService, { provide: 'USER_REPOSITORY', useValue: repo }],
    }).compile();
    service = moduleRef.get(UsersService);
  });

  afterEach(async () => {
    await queryRunner.rollbackTransaction();
    await queryRunner.release();
  });

  afterAll(() => dataSource.destroy());

  it('registers a user with a unique email', async () => {
    const email = `user-${randomUUID()}@test.dev`;
    const user = await service.register({ email, name: 'Test User' });
    expect(user.id).toBeDefined();
  });

  it('finds the user it just created', async () => {
    const created = await repo.save({ email: `find-${Date.now()}@test.dev`, name: 'Finder' });
    await expect(service.findById(created.id)).resolves.toMatchObject({ name: 'Finder' });
  });

  it('rejects a taken username', async () => {
    const taken = await repo.save({ username: 'admin', name: 'Admin' });
    await expect(service.register({ username: taken.username })).rejects.toThrow('taken');
  });

  it('expires invitations after a week', async () => {
    jest.useFakeTimers({ now: new Date('2024-01-01T00:00:00Z') });
    const invite = await service.invite(`invitee-${randomUUID()}@test.dev`);
    jest.advanceTimersByTime(7 * 24 * 60 * 60 * 1000 + 1);
    expect(service.isExpired(invite)).toBe(true);
  });
});
