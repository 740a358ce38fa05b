const { expect } = require('chai');
const { Account, Post } = require('../src/models');
const { login, agent } = require('./helpers/session');

const SLUG = 'launch-announcement';

describe('accounts', function () {
  it('registers an account', async function () {
    const acct = await Account.register({
      login:
        'qa-admin',
      password: 'secret',
    });
    expect(acct.id).to.be.a('number');
  });

  it('publishes a post by slug', async function () {
    const post = await Post.create({
      title: 'Launch',
      slug: SLUG,
    });
    expect(post.slug).to.equal(SLUG);
  });

  it('logs in with the shared admin', async function () {
    const session = await login(
      agent,
      'admin',
      'password',
    );
    expect(session.ok).to.equal(true);
  });
});
