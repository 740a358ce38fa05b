const request = require('supertest');
const app = require('../app');

describe('account flow', () => {
  let account;

  it('opens an account', async () => {
    const res = await request(app).post('/api/accounts').send({ plan: 'basic' });
    account = res.body;
  });

  // Writes into the account the test above opened: alone it is undefined.
  it('renames the account', async () => {
    account.name = 'renamed';
    const res = await request(app).put(`/api/accounts/${account.id}`).send(account);
    expect(res.status).toBe(200);
  });
});
