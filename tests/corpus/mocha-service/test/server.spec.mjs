import Fastify from 'fastify';
import { expect } from 'chai';

const HOST = '127.0.0.1';
const SHARED_PORT = 3002;

describe('fastify app', function () {
  let app;

  before(async function () {
    app = Fastify();
    app.get('/ping', async () => ({ pong: true }));
    await app.listen({ port: SHARED_PORT, host: HOST });
  });

  after(async function () {
    await app.close();
  });

  it('answers ping', async function () {
    const res = await fetch(`http://${HOST}:${SHARED_PORT}/ping`);
    expect(await res.json()).to.deep.equal({ pong: true });
  });

  it('starts a second instance for the admin api', async function () {
    const admin = Fastify();
    await admin.listen({ port: 3003, host: HOST });
    await admin.close();
  });

  it('starts on a random port', async function () {
    const other = Fastify();
    await other.listen({ port: 0 });
    expect(other.server.address().port).to.be.above(0);
    await other.close();
  });
});
