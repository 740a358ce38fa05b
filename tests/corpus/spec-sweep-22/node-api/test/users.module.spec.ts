import { Test } from '@nestjs/testing';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AppModule } from '../src/app.module';
import { UsersService } from '../src/users/users.service';
import { UsersRepository } from '../src/users/users.repository';

describe('UsersService (unit)', () => {
  let service: UsersService;

  beforeEach(async () => {
    const moduleRef = await Test.createTestingModule({
      providers: [
        { provide: UsersService, useClass: UsersService },
        { provide: UsersRepository, useValue: { save: jest.fn(), findOne: jest.fn() } },
      ],
    }).compile();
    service = moduleRef.get(UsersService);
  });

  it('creates a user', async () => {
    await service.create({ email: 'unit@example.com', name: 'Unit' });
  });
});

describe('UsersController (e2e)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule],
    }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });

  afterAll(() => app.close());

  it('POST /users', () => {
    return request(app.getHttpServer())
      .post('/users')
      .send({ email: 'jane@example.com', name: 'Jane' })
      .expect(201);
  });
});
