const assert = require('assert');
const sqlite3 = require('sqlite3');
const Database = require('better-sqlite3');

// Read-only opens of a database shipped with the repo neither create nor
// write the file: not flagged. Opens that may create it are.
describe('sqlite files', function () {
  it('reads the shipped fixture through node-sqlite3', function (done) {
    const db = new sqlite3.Database('test/fixtures/sample.db', sqlite3.OPEN_READONLY, (err) => {
      assert.ifError(err);
      db.close(done);
    });
  });

  it('reads the shipped fixture through better-sqlite3', function () {
    const db = new Database('test/fixtures/sample.db', { readonly: true });
    assert.ok(db.prepare('select 1').get());
    db.close();
  });

  it('creates a scratch database in the working directory', function (done) {
    const db = new sqlite3.Database('test/tmp/scratch.db', (err) => {
      assert.ifError(err);
      db.close(done);
    });
  });

  it('creates one through the promise factory', async function () {
    const db = await sqlite3.Database.create('test/tmp/promised.db');
    await db.close();
  });

  it('opens one read-write with the create flag', function (done) {
    const db = new sqlite3.Database('test/tmp/rw.db', sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE, (err) => {
      assert.ifError(err);
      db.close(done);
    });
  });
});
