// Talks to a dev server started outside the suite; binds nothing itself.
const BASE = 'http://localhost:3000';

describe('health endpoint', () => {
  it('answers', async () => {
    const res = await fetch(`${BASE}/health`);
    expect(res.status).toBe(200);
  });

  it('answers on the admin port', async () => {
    const res = await fetch('http://127.0.0.1:8081/admin/health');
    expect(res.ok).toBe(true);
  });
});
