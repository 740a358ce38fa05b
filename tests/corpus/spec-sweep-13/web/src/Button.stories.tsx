import { writeFileSync } from 'node:fs';

let renders = 0;

export default { title: 'Button' };

export const Primary = () => {
  renders += 1;
  Date.now = () => 0;
  process.env.STORY_MODE = 'on';
  writeFileSync('/tmp/storybook-renders.txt', String(renders));
  return null;
};
