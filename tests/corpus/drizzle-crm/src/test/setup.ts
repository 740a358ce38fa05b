import { afterEach, beforeEach } from 'vitest';
import { eq } from 'drizzle-orm';
import { DB } from '@src/config';
import { sessionsTable, tokensTable, usersTable } from '@src/modules/auth/db/schema';
import { currentUserId, validatedEnv } from '@src/lib';

// The suite's intended global set-up in a config-named setup file.
process.env.TZ = 'UTC';
DB.connect(validatedEnv.DB_URL);

// `DB.$` is the Drizzle handle: a delete with no where empties the table.
beforeEach(async () => {
  await DB.$.delete(tokensTable);
  await DB.$.delete(usersTable);
});

// Filtered to this worker's own user: not table-wide.
afterEach(async () => {
  await DB.$.delete(sessionsTable).where(eq(sessionsTable.userId, currentUserId()));
});
