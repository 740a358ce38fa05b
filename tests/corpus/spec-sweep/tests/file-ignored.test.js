/* isolint-ignore-file env-mutation */
const { render } = require('../src/render');

test('renders in UTC', () => {
  process.env.TZ = 'UTC';
  expect(render(new Date(0))).toContain('1970');
});

test('still reports other rules', () => {
  require('http').createServer().listen(6060);
});
