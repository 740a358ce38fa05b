// RealWorld-style API tests: the body wraps the record under `user`, and
// request settings sit between `.post(url)` and `.send(body)`.
const request = require('supertest');
const app = require('../app');

describe('POST /api/users', () => {
  const user = { email: 'jake@jake.jake', username: 'jake', password: 'jakejake' };
  const data = { user };

  it('registers', async () => {
    await request(app).post('/api/users').type('json').send(data).expect(201);
  });

  it('creates an article', async () => {
    await request(app)
      .post('/api/articles')
      .set('Authorization', `Token ${process.env.TOKEN}`)
      .send({ article: { title: 'How to train your dragon', slug: 'how-to-train-your-dragon' } })
      .expect(201);
  });

  it('registers a user of its own', async () => {
    const own = { email: `u-${Date.now()}@x.io`, username: `u${Date.now()}` };
    await request(app).post('/api/users').set('Accept', 'application/json').send({ user: own }).expect(201);
  });
});
