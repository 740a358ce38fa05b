import { enqueue } from '../src/queue';

describe('queue (jest)', () => {
  let queue: string[] = [];
  const log: string[] = [];

  beforeEach(() => {
    queue = [];
  });

  test.each(['a', 'b'])('enqueues %s', (item) => {
    queue.push(enqueue(item));
    log.push(item);
    expect(queue).toHaveLength(1);
  });
});
