import { test as base } from '@playwright/test';
import { Client } from 'pg';

type WorkerFixtures = { db: Client };

// One schema per worker, named from the stable parallel index.
export const test = base.extend<{}, WorkerFixtures>({
  db: [
    async ({}, use, workerInfo) => {
      const schema = `e2e_w${workerInfo.parallelIndex}`;
      const client = new Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.query(`CREATE SCHEMA ${schema}`);
      await use(client);
      await client.end();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
