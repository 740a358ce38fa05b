'use strict';
const { expect } = require('chai');
const drafts = require('../src/drafts');

let sent = 0;
const outbox = [];

function fakeSend(message) {
  sent++;
  outbox.push(message);
}

describe('invoice mailer', function () {
  beforeEach(function () {
    outbox.length = 0;
  });

  it('sends one mail per invoice', function () {
    fakeSend({ to: 'billing@example.com' });
    expect(outbox).to.have.length(1);
  });

  it('counts mails', function () {
    fakeSend({ to: 'billing@example.com' });
    expect(sent).to.be.greaterThan(0);
  });
});

describe('invoice drafts', function () {
  let draftId;

  it('creates a draft', async function () {
    draftId = await drafts.create({ amount: 100 });
    expect(draftId).to.be.a('string');
  });

  it('publishes the draft', async function () {
    const published = await drafts.publish(draftId);
    expect(published.status).to.equal('published');
  });
});
