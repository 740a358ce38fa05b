import { Test } from '@nestjs/testing';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AppModule } from '../app.module';
import { UsersService } from './users.service';

const usersServiceMock = {
  create: jest.fn(),
  findAll: jest.fn().mockResolvedValue([]),
};

describe('UsersController (e2e)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
      .overrideProvider(UsersService)
      .useValue(usersServiceMock)
      .compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });

  afterEach(() => jest.clearAllMocks());

  afterAll(() => app.close());

  it('POST /users delegates to the service', async () => {
    const email = `jane-${Date.now()}@example.com`;
    usersServiceMock.create.mockResolvedValue({ id: 1, email });
    await request(app.getHttpServer()).post('/users').send({ email, name: 'Jane' }).expect(201);
    expect(usersServiceMock.create).toHaveBeenCalledWith({ email, name: 'Jane' });
  });

  it('GET /users lists users', async () => {
    await request(app.getHttpServer()).get('/users').expect(200, []);
  });
});
