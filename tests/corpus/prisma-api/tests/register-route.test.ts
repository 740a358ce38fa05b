import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { POST as register } from '@/app/api/auth/register/route';

function req(url: string, body: unknown) {
  return new NextRequest(`http://localhost${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('POST /api/auth/register (route handler)', () => {
  it('registers a fixed account', async () => {
    const res = await register(
      req('/api/auth/register', { email: 'route@example.com', password: 'pw-123456' }),
    );
    expect(res.status).toBe(200);
  });

  it('registers a per-test account', async () => {
    const res = await register(
      req('/api/auth/register', { email: `u-${randomUUID()}@test.example`, password: 'pw-123456' }),
    );
    expect(res.status).toBe(200);
  });
});
