const { useApi } = require('../helpers/use-api');

describe('/admin/auth', () => {
  test('creates an admin session', async () => {
    const api = useApi();
    const response = await api
      .post('/admin/auth', {
        email: 'admin@shop.test',
        password: 'secret_password',
      });
    expect(response.status).toEqual(200);
  });

  test('logs in the account it registers', async () => {
    const api = useApi();
    const email = `staff-${Date.now()}@shop.test`;
    await api
      .post('/admin/users', { email, password: 'pw' });
    const response = await api
      .post('/admin/auth', { email, password: 'pw' });
    expect(response.status).toEqual(200);
  });
});
