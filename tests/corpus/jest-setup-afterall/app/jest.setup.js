// Every test file runs on the fake clock; the global afterAll puts the
// real timers back after each file's tests.
beforeAll(() => {
  jest.useFakeTimers();
});

afterAll(() => {
  jest.useRealTimers();
});

afterEach(() => {
  jest.setSystemTime(new Date(0));
});
