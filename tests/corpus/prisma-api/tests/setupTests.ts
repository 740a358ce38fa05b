// A Jest setup file that reaches the hooks through the global object, and
// a TypeORM query-builder delete: both wipe the shared test database.
import { prismaClient } from './helpers/client';
import { dataSource, Session } from './helpers/client';

global.beforeEach(async () => {
  await prismaClient.$executeRaw`TRUNCATE TABLE "users" RESTART IDENTITY;`;
}, 60000);

globalThis.afterEach(async () => {
  await dataSource.createQueryBuilder(Session, 's').delete().execute();
  // Filtered: only this worker's rows.
  await dataSource.createQueryBuilder(Session, 's').delete().where('owner = :o', { o: process.pid }).execute();
});

global.afterAll(async () => {
  await prismaClient.$disconnect();
});
