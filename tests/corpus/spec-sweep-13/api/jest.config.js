module.exports = {
  testEnvironment: 'node',
  globalSetup: './test/global-setup.js',
  globalTeardown: './test/global-teardown.js',
  setupFiles: ['./test/env.js'],
  setupFilesAfterEnv: ['./test/setup-db.js'],
};
