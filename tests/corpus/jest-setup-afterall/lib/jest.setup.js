// A global afterAll that restores nothing of the clock.
afterAll(() => {
  jest.clearAllMocks();
});
