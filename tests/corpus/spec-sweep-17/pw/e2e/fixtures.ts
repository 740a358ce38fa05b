import { test as base } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { MongoClient, type Db } from 'mongodb';

type TestFixtures = { resetOrders: void; reportFile: string };
type WorkerFixtures = { mongo: Db; shop: Server; perWorkerShop: Server; workerDbName: string };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  mongo: [
    async ({}, use) => {
      const client = await MongoClient.connect(process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017');
      await use(client.db('shop_e2e'));
      await client.close();
    },
    { scope: 'worker' },
  ],
  workerDbName: [
    async ({}, use, workerInfo) => {
      await use(`shop_e2e_w${workerInfo.workerIndex}`);
    },
    { scope: 'worker' },
  ],
  shop: [
    async ({}, use) => {
      const port = 4610;
      const server = createServer((_req, res) => res.end('shop'));
      server.listen(port);
      await use(server);
      server.close();
    },
    { scope: 'worker' },
  ],
  perWorkerShop: [
    async ({}, use, workerInfo) => {
      const port = 4700 + workerInfo.parallelIndex;
      const server = createServer((_req, res) => res.end('shop'));
      server.listen(port);
      await use(server);
      server.close();
    },
    { scope: 'worker' },
  ],
  resetOrders: [
    async ({ mongo }, use) => {
      await mongo.collection('orders').deleteMany({});
      await use();
    },
    { auto: true },
  ],
  reportFile: async ({}, use, testInfo) => {
    const file = testInfo.outputPath('report.json');
    await use(file);
  },
});

export { expect } from '@playwright/test';
