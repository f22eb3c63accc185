import { randomUUID } from 'node:crypto';
import { FeatureTestingModule } from '@platter/testing';
import { OrderingConfig } from '../../../ordering.config';
import { orderingServices } from '../../../testing/ordering-services';
import { IdempotencyKeys } from './idempotency-keys';

// Ordering's Idempotency-Keys are kept for the replay window only: older ones are pruned, in
// batches, by one replica at a time, over the created_at index.
describe('ordering Idempotency-Key pruning (PostgreSQL)', () => {
  let bed: FeatureTestingModule;

  beforeAll(async () => {
    bed = await orderingServices(new OrderingConfig());
  });

  afterAll(async () => {
    await bed?.close();
  });

  it('deletes keys older than 24 hours and keeps younger ones; leaves the round to a replica already pruning', async () => {
    const customer = randomUUID();
    const insertKey = (key: string, age: string) =>
      bed.dataSource.query(`INSERT INTO idempotency_keys (customer_id, key, request_hash, response, created_at) VALUES ($1, $2, 'h', '{}', now() - $3::interval)`, [customer, key, age]);
    for (let i = 0; i < 1003; i++) await insertKey(`old-${i}`, '24 hours 1 minute');
    await insertKey('young', '23 hours 59 minutes');
    const left = async () => Number((await bed.dataSource.query(`SELECT count(*) AS n FROM idempotency_keys WHERE customer_id = $1`, [customer]))[0].n);
    const pruner = bed.get(IdempotencyKeys).pruner;

    const other = bed.dataSource.createQueryRunner();
    await other.startTransaction();
    await other.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.idempotency_keys.prune'))`);
    await expect(pruner.pruneExpired()).resolves.toBe(0);
    await other.rollbackTransaction();
    await other.release();
    expect(await left()).toBe(1004);

    // More than one batch (1000) of expired keys: all of them go, in several transactions.
    await expect(pruner.pruneExpired()).resolves.toBe(1003);
    expect(await bed.dataSource.query(`SELECT key FROM idempotency_keys WHERE customer_id = $1`, [customer])).toEqual([{ key: 'young' }]);
    const indexes = await bed.dataSource.query(`SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'idempotency_keys' AND indexdef LIKE '%(created_at)%'`);
    expect(indexes).toHaveLength(1);
  });
});
