import { api, login } from '../src/client';

describe('session', () => {
  let token: string;
  let userId: number;

  test('logs in', async () => {
    ({ token, userId } = await login({
      email: `user-${Date.now()}@test.example`,
    }));
    expect(token).toBeTruthy();
  });

  test('reads the profile', async () => {
    const res = await api.get(`/users/${userId}`, {
      headers: {
        Authorization: `Bearer ${token}`,
      },
    });
    expect(res.status).toBe(200);
  });
});
