import { DataSource } from 'typeorm';

export const TABLES = Object.freeze(['users', 'invites', 'audit_log']);

export async function resetDatabase(ds: DataSource): Promise<void> {
  await ds.query(`TRUNCATE ${TABLES.join(', ')} RESTART IDENTITY CASCADE`);
}

export function workerSchema(): string {
  return `test_w${process.env.JEST_WORKER_ID ?? '1'}`;
}
