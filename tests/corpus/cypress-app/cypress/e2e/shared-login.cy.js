// The same shapes reaching the real backend: a fixed shared account.
describe('real auth forms', () => {
  it('logs in through a spied (not stubbed) request', () => {
    cy.intercept('POST', '/users/login').as('login');
    cy.visit('/#/login');
    cy.get('[type="email"]').type('admin@example.com');
    cy.get('[type="password"]').type('12345678');
    cy.get('[type="submit"]').click();
    cy.wait('@login');
  });

  it('types the account before stubbing an unrelated route', () => {
    cy.visit('/#/login');
    cy.get('[type="email"]').type('owner@example.com');
    cy.get('[type="submit"]').click();
    cy.intercept('GET', '/users/me', { fixture: 'me.json' });
  });
});

describe('login helpers', () => {
  it('logs in with a literal account', () => {
    cy.login('admin', 's3cret');
  });

  it('names the header before literal credentials', () => {
    cy.loginUserViaRequest('token', { email: 'staff@example.com', password: 'pw' });
  });
});
