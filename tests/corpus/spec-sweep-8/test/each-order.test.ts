import { fetchOne, make } from '../src/records';

let lastId: number | undefined;
const created: number[] = [];

test.each([1, 2])('creates %i', async (n) => {
  lastId = await make(n);
  created.push(lastId);
});

test('reads the last record', async () => {
  expect(await fetchOne(lastId!)).toBeTruthy();
});
