import { beforeEach, describe, expect, it, test } from 'vitest';
import { render } from '../src/render';

const rendered: string[] = [];

// The options argument makes the suite concurrent, like describe.concurrent:
// the beforeEach reset does not keep the two tests apart.
describe('rendering in parallel', { concurrent: true }, () => {
  beforeEach(() => {
    rendered.length = 0;
  });

  it('renders the header', async () => {
    rendered.push(await render('header'));
    expect(rendered).toContain('<header>');
  });

  // A sequential block inside: one test at a time, the reset holds.
  describe('one at a time', { concurrent: false }, () => {
    let count = 0;
    beforeEach(() => {
      count = 0;
    });

    it('counts once', async () => {
      count++;
      expect(count).toBe(1);
    });
  });

  describe.sequential('also one at a time', () => {
    const seen = new Set<string>();
    beforeEach(() => {
      seen.clear();
    });

    test('adds one', async () => {
      seen.add(await render('footer'));
      expect(seen.size).toBe(1);
    });
  });
});
