/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  restoreMocks: true,
  globalSetup: './test/global-setup.js',
  roots: ['<rootDir>/src', '<rootDir>/test'],
};
