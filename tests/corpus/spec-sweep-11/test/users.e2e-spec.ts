import { Test } from '@nestjs/testing';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AppModule } from '../src/app.module';

const gqlCreate = `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`;

describe('UsersController (e2e)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication();
    await app.listen(3100);
  });

  afterAll(async () => {
    await app.close();
  });

  it('POST /users with a literal e-mail', () => {
    return request(app.getHttpServer())
      .post('/users')
      .send({ email: 'nest-e2e@acme.test', displayName: 'E2E' })
      .expect(201);
  });

  it('POST /users with a per-worker e-mail', () => {
    return request(app.getHttpServer())
      .post('/users')
      .send({ email: `w${process.env.JEST_WORKER_ID}-${Date.now()}@acme.test`, displayName: 'E2E' })
      .expect(201);
  });

  it('logs in with the shared admin account', () => {
    return request(app.getHttpServer())
      .post('/auth/login')
      .send({ username: 'admin', password: 'admin123' })
      .expect(200);
  });

  it('createUser mutation with literal variables', () => {
    return request(app.getHttpServer())
      .post('/graphql')
      .send({ query: gqlCreate, variables: { input: { username: 'gql-admin' } } })
      .expect(200);
  });

  it.each([
    ['alpha'],
    ['beta'],
  ])('displays %s as a non-unique label', async (label) => {
    await request(app.getHttpServer()).get(`/labels/${label}`).expect(200);
  });
});
