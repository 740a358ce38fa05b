const NodeEnvironment = require('jest-environment-node').TestEnvironment;
const { randomUUID } = require('node:crypto');

// Every test file talks to the one test database: the run id names the
// log, not the database.
class DbEnvironment extends NodeEnvironment {
  async setup() {
    await super.setup();
    this.runId = randomUUID();
    process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
    this.global.process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
  }
}

module.exports = DbEnvironment;
