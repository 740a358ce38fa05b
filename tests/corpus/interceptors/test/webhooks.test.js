const nock = require('nock');
const axios = require('axios');
const { User } = require('../src/models');

beforeEach(() => {
  nock('https://crm.example').post('/contacts').reply(201, { ok: true });
});

test('syncs a new user to the CRM', async () => {
  await User.create({ username: 'crm-sync', name: 'Sync' });
  await axios.post('https://crm.example/contacts', { email: 'crm@example.com' });
});
