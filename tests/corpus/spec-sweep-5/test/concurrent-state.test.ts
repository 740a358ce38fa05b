import { beforeEach, describe, expect, it } from 'vitest';
import { render } from '../src/render';

const rendered: string[] = [];
let lastTitle = '';

describe.concurrent('rendering in parallel', () => {
  beforeEach(() => {
    rendered.length = 0;
    lastTitle = '';
  });

  it('renders the header', async () => {
    rendered.push(await render('header'));
    expect(rendered).toContain('<header>');
  });

  it('renders the footer', async () => {
    lastTitle = 'footer';
    expect(await render(lastTitle)).toBe('<footer>');
  });
});
