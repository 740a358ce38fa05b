// Mongoose with completion callbacks: dropping a collection in a hook wipes
// it for every worker; the same call in a test body is not a hook.
const mongoose = require('mongoose');

beforeEach((done) => {
  mongoose.connection.collections.users.drop(() => {
    done();
  });
});

describe('users', () => {
  it('drops its own scratch collection', (done) => {
    mongoose.connection.collections.scratch.drop(() => done());
  });
});
