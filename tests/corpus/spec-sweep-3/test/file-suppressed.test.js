/* isolint-ignore-file env-mutation */
const { loadSettings } = require('../src/settings');

test('env mutations are suppressed file-wide', () => {
  process.env.FEATURE_Y = 'on';
  process.chdir('/srv');
  expect(loadSettings().featureY).toBe(true);
});

test('other rules still report', () => {
  require('fs').writeFileSync('/tmp/sweep3-suppressed.json', '{}');
});
