const fs = require('fs');

// A root hook plugin: Mocha runs these hooks around every test, in every
// worker.
exports.mochaHooks = {
  beforeEach() {
    const title = this.currentTest.fullTitle();
    fs.writeFileSync('/tmp/orders-current-test.txt', title);
  },
};
