import { Test } from '@nestjs/testing';
import * as pactum from 'pactum';
import { AppModule } from '../src/app.module';

// pactum sends to the app on the shared database: the literal e-mail and
// slug collide when two workers run this file.
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

  const dto = { email: 'reader@example.com', password: 'secret123' };

  it('signs up', () => {
    return pactum.spec().post('/auth/signup').withBody(dto).expectStatus(201);
  });

  it('creates a bookmark', () => {
    return pactum
      .spec()
      .post('/bookmarks')
      .withHeaders({ Authorization: 'Bearer $S{token}' })
      .withBody({ title: 'First', slug: 'first-bookmark' })
      .expectStatus(201);
  });
});
