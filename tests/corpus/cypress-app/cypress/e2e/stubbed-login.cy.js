// Forms whose auth request the test stubs with a canned response, and login
// helpers whose literal arguments are not the account: nothing shared.
const { faker } = require('@faker-js/faker');

describe('stubbed auth forms', () => {
  beforeEach(() => {
    cy.intercept('POST', /users$/, { fixture: 'user.json' }).as('register');
  });

  it('shows the error the stubbed login returns', () => {
    cy.intercept('POST', /users\/login/, {
      statusCode: 422,
      body: { errors: { 'email or password': ['is invalid'] } },
    });
    cy.visit('/#/login');
    cy.get('[type="email"]').type('foo@example.com');
    cy.get('[type="password"]').type('12345678');
    cy.get('[type="submit"]').click();
  });

  it('registers through the stub of the setup hook', () => {
    cy.visit('/#/register');
    cy.get('[placeholder="Email"]').type('foo@example.com');
    cy.get('[placeholder="Password"]').type('12345678');
    cy.get('[type="submit"]').click();
    cy.wait('@register');
  });
});

describe('login helpers', () => {
  it('logs into the seeded user, not into its password', () => {
    cy.database('find', 'users').then((user) => {
      cy.login(user.username, 's3cret', { rememberUser: true });
    });
  });

  it('names the header before the credentials', () => {
    const email = `${faker.datatype.number()}@example.com`;
    cy.loginUserViaRequest('token', { email, password: Cypress.env('USER_PASSWORD') });
  });
});
