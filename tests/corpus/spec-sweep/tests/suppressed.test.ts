import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';

describe('suppressions', () => {
  it('keeps a documented fixed port', () => {
    // isolint-ignore-next-line hardcoded-port -- the OAuth callback URL is registered on 3000
    createServer().listen(3000);
  });

  it('keeps a trailing suppression', () => {
    writeFileSync('/tmp/oauth-state.json', '{}'); // isolint-ignore fixed-temp-path
  });

  it('suppresses two rules on one line', () => {
    // isolint-ignore-next-line hardcoded-port, fixed-temp-path -- legacy fixture
    createServer().listen(3300).on('listening', () => writeFileSync('/tmp/ready', '1'));
  });

  it('names a rule that does not exist', () => {
    // isolint-ignore-next-line no-such-rule -- typo: still reported
    createServer().listen(3400);
  });

  it('suppresses a different rule than the one that fires', () => {
    // isolint-ignore-next-line fixed-temp-path
    createServer().listen(3500);
  });
});
