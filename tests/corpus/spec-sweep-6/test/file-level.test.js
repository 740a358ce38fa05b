/* isolint-ignore-file global-date-mock */
const fs = require('fs');

test('clock is suppressed file-wide', () => {
  jest.useFakeTimers();
});

test('writes still reported', () => {
  fs.writeFileSync('/tmp/file-level-js.txt', 'x');
});
