import request from 'supertest';
import { expect, it } from 'vitest';
import { mailerMock } from '../mocks/mailer';
import { app } from '../src/app';

// Only the mailer is a double: the signup still writes to the shared database.
it('sends a welcome mail on signup', async () => {
  mailerMock.send.mockResolvedValue(true);

  const res = await request(app)
    .post('/api/v1/auth/register')
    .send({ email: 'welcome@example.com', password: 'password123' });
  expect(res.status).toBe(201);
  expect(mailerMock.send).toHaveBeenCalled();
});
