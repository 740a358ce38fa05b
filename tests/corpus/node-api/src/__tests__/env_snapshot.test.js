const saved = { ...process.env };

beforeEach(() => {
  // A copy of the saved environment put back: no change of its own.
  process.env = { ...saved };
});

it('reads the region', () => {
  process.env.REGION = 'eu-west-1';
  expect(process.env.REGION).toBe('eu-west-1');
});
