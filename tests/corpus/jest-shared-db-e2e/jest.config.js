module.exports = {
  testEnvironment: './env/db-environment.js',
  testMatch: ['**/*.e2e-spec.ts'],
};
