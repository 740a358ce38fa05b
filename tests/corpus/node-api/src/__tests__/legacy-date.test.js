// A fake Date for the whole file, handed the real static helpers back.
const FIXED = new Date('2016-01-01T00:00:00Z');
const RealDate = Date;

global.Date = jest.fn(() => FIXED);
global.Date.UTC = RealDate.UTC;
global.Date.parse = RealDate.parse;
global.Date.now = RealDate.now;

test('stamps the fixed year', () => {
  expect(new Date().getUTCFullYear()).toBe(2016);
});
