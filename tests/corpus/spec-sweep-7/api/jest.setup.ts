process.env.NODE_ENV = 'test';
process.env.DATABASE_URL ??= 'postgres://postgres:postgres@localhost:5432/api_test';

jest.mock('./src/mail/mailer', () => ({ send: jest.fn() }));

afterEach(() => {
  jest.useRealTimers();
});
