import { execSync } from 'node:child_process';

export default async function setup() {
  // Runs once, before the workers start: they inherit the URL.
  process.env.DATABASE_URL = 'postgres://localhost:5432/crm_medium';
  execSync('pnpm drizzle-kit migrate');
}
