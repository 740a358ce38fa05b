const { buildHandler } = require('../handlers/accounts');

function makeFakeUsers() {
  const rows = new Map();
  return {
    create: async (user) => {
      rows.set(user.email, user);
      return { id: rows.size, ...user };
    },
    findByEmail: async (email) => rows.get(email),
  };
}

describe('accounts handler', () => {
  it('creates the user through the injected repo', async () => {
    const users = { create: jest.fn().mockResolvedValue({ id: 1 }) };
    const handler = buildHandler({ users });
    await handler({ body: { email: 'new@example.com' } });
    expect(users.create).toHaveBeenCalledWith({ email: 'new@example.com' });
  });

  it('works against an in-memory fake', async () => {
    const users = makeFakeUsers();
    await users.create({ email: 'fake@example.com', name: 'Test' });
    expect(await users.findByEmail('fake@example.com')).toBeDefined();
  });

  it('registers through a mocked mailer', async () => {
    const mailer = { register: jest.fn(), send: jest.fn() };
    mailer.register('welcome@example.com');
    expect(mailer.register).toHaveBeenCalledTimes(1);
  });

  test.concurrent('handles concurrent signups independently', async () => {
    const users = makeFakeUsers();
    const a = await users.create({ email: `a-${Date.now()}@example.com` });
    expect(a.id).toBe(1);
  });
});
