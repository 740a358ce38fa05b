// TypeORM repositories: `create(...)` only builds the entity in memory;
// `save(...)` writes it.
const { dataSource } = require('../app');

describe('posts repository', () => {
  it('builds an entity without writing it', () => {
    const repository = dataSource.getRepository('Post');
    const plainPost = { id: 2, slug: 'hello-post' };
    const post = repository.create(plainPost);
    expect(post.id).toBe(2);
  });

  it('saves a built entity', async () => {
    const accounts = dataSource.getRepository('User');
    await accounts.save(accounts.create({ email: 'writer@example.com' }));
  });

  it('saves an entity bound to a name', async () => {
    const accounts = dataSource.getRepository('User');
    const account = accounts.create({ email: 'editor@example.com' });
    account.name = 'Editor';
    await accounts.save(account);
  });
});
