const path = require('path');

module.exports = {
  testEnvironment: 'node',
  globalSetup: path.resolve(__dirname, 'test/global-setup.js'),
  setupFilesAfterEnv: [path.resolve(__dirname, 'test/setup-db.js')],
};
