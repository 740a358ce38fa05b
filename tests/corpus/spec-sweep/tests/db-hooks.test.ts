import knexFactory from 'knex';
import { Sequelize } from 'sequelize';
import { User, Session, AuditLog } from '../src/models';
import { Event } from '../src/mongo-models';

const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
const sequelize = new Sequelize(process.env.DATABASE_URL as string);
const schema = `test_w${process.env.JEST_WORKER_ID}`;

async function resetUsers() {
  await User.destroy({ truncate: true });
}

beforeAll(async () => {
  await sequelize.sync({ force: true });
  await knex.raw(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await knex.raw(`CREATE SCHEMA ${schema}`);
});

beforeEach(async () => {
  await knex('orders').truncate();
  await resetUsers();
});

afterEach(async () => {
  await knex.raw('DELETE FROM audit_log');
  await knex.raw('DELETE FROM sessions WHERE created_by = ?', ['hook']);
  await knex.raw('ROLLBACK');
  await Session.destroy({ where: {} });
});

afterAll(async () => {
  await Event.deleteMany({});
  await knex('audit_log').where({ source: 'test' }).del();
  await knex.destroy();
});

test('records an audit entry', async () => {
  await AuditLog.create({ action: 'login' });
  expect(await AuditLog.count()).toBe(1);
});
