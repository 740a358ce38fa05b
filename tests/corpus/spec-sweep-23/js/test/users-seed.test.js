const { randomUUID } = require('crypto');
const { v4: uuidv4 } = require('uuid');
const { nanoid } = require('nanoid');
const { faker } = require('@faker-js/faker');
const { User, Team } = require('../src/models');

const DOMAIN = 'example.com';
const OWNER = 'owner';
const OWNER_EMAIL = `${OWNER}@${DOMAIN}`;

function uniqueEmail() {
  return `${OWNER}-${nanoid()}@${DOMAIN}`;
}

function ownerEmail() {
  return `${OWNER}@${DOMAIN}`;
}

describe('users', () => {
  it('creates users with generated e-mails', async () => {
    await User.create({ email: uniqueEmail(), name: 'Test' });
    await User.create({ email: `u-${randomUUID()}@${DOMAIN}`, name: 'Test' });
    await User.create({ email: faker.internet.email(), username: faker.internet.userName() });
    await Team.create({ slug: 'team-' + uuidv4(), name: 'Team' });
  });

  it('creates the owner from a template constant', async () => {
    await User.create({ email: OWNER_EMAIL, name: 'Owner' });
  });

  it('creates the owner from a helper', async () => {
    await User.create({ email: ownerEmail(), name: 'Owner' });
  });

  it('creates a team with a concatenated slug', async () => {
    await Team.create({ slug: OWNER + '-team', name: 'Owners' });
  });
});
