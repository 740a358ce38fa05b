const { expect } = require('chai');
const sinon = require('sinon');
const { expiresAt, isExpired } = require('../lib/token');

describe('token expiry (restored clock)', () => {
  let clock;

  before(() => {
    clock = sinon.useFakeTimers(new Date('2024-01-01T00:00:00Z'));
  });

  after(() => {
    clock.restore();
  });

  it('expires in one hour', () => {
    expect(expiresAt().toISOString()).to.equal('2024-01-01T01:00:00.000Z');
  });
});

describe('token expiry (leaked clock)', () => {
  it('is expired after two hours', () => {
    const clock = sinon.useFakeTimers(Date.parse('2024-01-01T00:00:00Z'));
    clock.tick(2 * 60 * 60 * 1000);
    expect(isExpired(expiresAt())).to.equal(true);
  });
});
