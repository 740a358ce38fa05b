import { randomUUID } from 'crypto';
import { Test } from '@nestjs/testing';
import * as pactum from 'pactum';
import { AppModule } from '../src/app.module';

// Per-test values: nothing two workers share.
describe('Auth (e2e)', () => {
  let app;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
    await app.listen(0);
    pactum.request.setBaseUrl(await app.getUrl());
  });

  afterAll(() => app.close());

  it('signs up', () => {
    const dto = { email: `reader-${randomUUID()}@example.com`, password: 'secret123' };
    return pactum.spec().post('/auth/signup').withBody(dto).expectStatus(201);
  });

  it('lists bookmarks with a filter body', () => {
    return pactum
      .spec()
      .get('/bookmarks')
      .withHeaders({ Authorization: 'Bearer $S{token}' })
      .withBody({ slug: 'first-bookmark' })
      .expectStatus(200);
  });

  it('creates a bookmark', () => {
    return pactum
      .spec()
      .post('/bookmarks')
      .withBody({ title: 'First', slug: `bm-${randomUUID()}` })
      .expectStatus(201);
  });
});
