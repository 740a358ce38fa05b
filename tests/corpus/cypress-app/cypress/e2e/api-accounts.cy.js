// Records and logins sent with cy.request reach the real backend.
const { faker } = require('@faker-js/faker');

describe('users API', () => {
  it('creates a user with generated keys', () => {
    cy.request('POST', '/api/users', {
      username: faker.internet.userName(),
      email: faker.internet.email(),
    });
  });

  it('reads users', () => {
    cy.request('GET', '/api/users?email=admin@example.com');
  });

  it('creates a user with a fixed e-mail', () => {
    cy.request('POST', '/api/users', { username: 'qa_admin', email: 'qa@example.com' });
  });

  it('logs in with the shared account', () => {
    cy.request({
      method: 'POST',
      url: '/login',
      form: true,
      body: { username: 'jane.lane', password: 'password123' },
    });
  });
});
