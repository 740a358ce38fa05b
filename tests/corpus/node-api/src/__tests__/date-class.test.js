// The whole Date class swapped for one test and swapped back at the end
// of the test body (not in teardown): the swap is reported, the put-back
// through `global.Date` of the saved bare `Date` is not.
const { formatToday } = require('../dates');

let OriginalDate;

test('formats today', () => {
  OriginalDate = Date;
  global.Date = class extends OriginalDate {
    constructor(...args) {
      super(...(args.length ? args : ['2024-03-01T00:00:00Z']));
    }
  };

  expect(formatToday()).toBe('2024-03-01');

  global.Date = OriginalDate;
});
