import { describe, it, beforeEach, expect } from 'vitest';
import { randomUUID as rid } from 'node:crypto';
import { dataSource } from '../src/data-source';
import { Customer } from '../src/entities/customer';

const OPS_LOGIN = 'ops-team';

function customers() {
  return dataSource.getRepository(Customer);
}

describe('TypeORM customers', () => {
  describe('insert', () => {
    it('inserts a customer keyed by a literal external id', async () => {
      await customers().insert({ externalId: 'CRM-1001', tier: 'gold' });
    });

    it('inserts a login reached through a module constant', async () => {
      await customers().insert({ login: OPS_LOGIN, tier: 'silver' });
    });

    it('inserts with an aliased randomUUID', async () => {
      await customers().insert({ externalId: `crm-${rid()}`, tier: 'gold' });
    });
  });

  describe('save on a manager', () => {
    let slug: string;

    beforeEach(() => {
      slug = `acct-${rid()}`;
    });

    it('saves with a per-test slug', async () => {
      await dataSource.manager.save(Customer, { slug, tier: 'bronze' });
    });

    it('saves a literal tier only', async () => {
      await dataSource.manager.save(Customer, { tier: 'bronze', note: 'fixed' });
    });
  });
});
