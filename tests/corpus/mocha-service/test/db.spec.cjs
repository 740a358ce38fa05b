const mongoose = require('mongoose');
const { MongoMemoryServer } = require('mongodb-memory-server');
const { expect } = require('chai');
const User = require('../src/models/user');

describe('User model (in-memory mongo)', function () {
  let mongod;

  before(async function () {
    mongod = await MongoMemoryServer.create();
    await mongoose.connect(mongod.getUri());
  });

  beforeEach(async function () {
    await User.deleteMany({});
    await mongoose.connection.db.dropDatabase();
  });

  after(async function () {
    await mongoose.disconnect();
    await mongod.stop();
  });

  it('enforces unique e-mails', async function () {
    await User.create({ email: 'dup@example.com', name: 'A' });
    let error;
    try {
      await User.create({ email: 'dup@example.com', name: 'B' });
    } catch (e) {
      error = e;
    }
    expect(error).to.exist;
  });
});
