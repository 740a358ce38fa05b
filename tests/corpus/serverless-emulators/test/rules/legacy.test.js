const firebase = require('@firebase/rules-unit-testing');

const PROJECT_ID = 'demo-legacy';

beforeEach(async () => {
  await firebase.clearFirestoreData({ projectId: PROJECT_ID });
});

afterAll(() => Promise.all(firebase.apps().map((app) => app.delete())));

test('an unauthenticated read is denied', async () => {
  const db = firebase.initializeTestApp({ projectId: PROJECT_ID }).firestore();
  await firebase.assertFails(db.collection('private').get());
});
