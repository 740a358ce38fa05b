// A same-file helper named for the write it makes, called with literal
// e-mails: each call is one write, reported at its literal (not a second
// time inside the helper).
const request = require('supertest');
const app = require('../app');

async function createUser(email, role) {
  const res = await request(app).post('/api/admin/users').send({ email, role });
  return res.body.id;
}

describe('admin users', () => {
  it('lists an editor', async () => {
    const id = await createUser('editor@example.com', 'editor');
    const res = await request(app).get(`/api/admin/users/${id}`);
    expect(res.body.role).toBe('editor');
  });

  it('lists an admin', async () => {
    const id = await createUser('admin@example.com', 'admin');
    const res = await request(app).get(`/api/admin/users/${id}`);
    expect(res.body.role).toBe('admin');
  });
});
