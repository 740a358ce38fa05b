import supertest from 'supertest';
import { app } from '../../src/app';

const agent = supertest(app);

export const api = {
  createUser: (body: { email: string; name: string }) => agent.post('/users').send(body),
  deleteUser: (id: string) => agent.delete(`/users/${id}`),
};
