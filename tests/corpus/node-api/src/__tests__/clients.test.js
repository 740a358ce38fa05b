// Talks to services started elsewhere: nothing here binds a port.
const Redis = require('ioredis');
const mongoose = require('mongoose');

const BASE_URL = 'http://localhost:3000';

describe('clients', () => {
  let redis;

  beforeAll(async () => {
    redis = new Redis({ host: '127.0.0.1', port: 6379 });
    await mongoose.connect('mongodb://localhost:27017/app_test');
  });

  afterAll(async () => {
    await redis.quit();
    await mongoose.disconnect();
  });

  it('fetches health from the running api', async () => {
    const res = await fetch(`${BASE_URL}/health`);
    expect(res.ok).toBe(true);
  });

  it('reads a cached value', async () => {
    const value = await redis.get('feature-flags');
    expect(value).toBeNull();
  });
});
