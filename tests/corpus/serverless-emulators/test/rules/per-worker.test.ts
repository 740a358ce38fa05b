import { initializeTestEnvironment, RulesTestEnvironment } from '@firebase/rules-unit-testing';

let testEnv: RulesTestEnvironment;

beforeAll(async () => {
  testEnv = await initializeTestEnvironment({
    projectId: `demo-chat-${process.env.JEST_WORKER_ID}`,
  });
});

afterEach(async () => {
  await testEnv.clearFirestore();
});

test('the worker clears only its own project', async () => {
  const db = testEnv.unauthenticatedContext().firestore();
  expect(db).toBeDefined();
});
