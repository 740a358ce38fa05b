import { describe, it, expect } from 'vitest';
import { createServer, type ServerOptions } from 'node:http';
import { writeFileSync } from 'node:fs';
import type { ListenOptions } from 'node:net';
import { prisma } from '../src/prisma';

const CONFIG = {
  port: 4501,
  log: '/tmp/sweep15-as-const.log',
} as const;

enum Paths {
  Audit = '/tmp/sweep15-enum-audit.log',
}

function logged<T>(target: T, _ctx: ClassMethodDecoratorContext): T {
  return target;
}

class SeedPage {
  @logged
  async seed() {
    return prisma.user.create({ data: { email: 'decorated@example.com', name: 'Decorated' } });
  }
}

describe('typescript-only syntax around the hazards', () => {
  it('listens on a member of an as-const object', () => {
    const s = createServer({} satisfies ServerOptions).listen(CONFIG.port);
    s.close();
  });

  it('listens with a satisfies options object', () => {
    const s = createServer().listen({ port: 4502, host: '127.0.0.1' } satisfies ListenOptions);
    s.close();
  });

  it('writes to an as-const path and a string enum path', () => {
    writeFileSync(CONFIG.log, 'x');
    writeFileSync(Paths.Audit, 'y');
  });

  it('seeds through a decorated method', async () => {
    const user = await new SeedPage().seed();
    expect(user.email).toBe('decorated@example.com');
  });
});
