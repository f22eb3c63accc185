import { TransactionHost } from '@platter/persistence';
import { DeliveryMoves } from '../deliveries/delivery-moves';
import { DeliveryRepository, HeldDeliveryRow } from '../deliveries/delivery.repository';
import { DispatchConfig } from '../dispatch.config';
import { ActiveDeliveriesCache } from './active-deliveries.cache';

/** A repository whose reads are answered by the test, one by one. */
function heldReads() {
  const reads: Array<{ driverIds: string[]; answer: (rows: HeldDeliveryRow[]) => void }> = [];
  const repository = {
    heldByDrivers: (driverIds: string[]) => new Promise<HeldDeliveryRow[]>((answer) => reads.push({ driverIds, answer })),
  } as unknown as DeliveryRepository;
  return { reads, repository };
}

const row = (driverId: string, id: string): HeldDeliveryRow => ({ id, order_id: `order-${id}`, customer_id: null, status: 'assigned', driver_id: driverId });
const settle = () => new Promise((r) => setImmediate(r));

function cacheOver(repository: DeliveryRepository) {
  const listeners: Array<(driverId: string) => void> = [];
  const moves = { subscribe: (l: (driverId: string) => void) => listeners.push(l) } as unknown as DeliveryMoves;
  const tx = { outside: <T>(fn: () => T) => fn() } as unknown as TransactionHost;
  const cache = new ActiveDeliveriesCache(tx, repository, moves, Object.assign(new DispatchConfig(), { LOCATION_ACTIVE_DELIVERIES_TTL_MS: 60_000 }));
  return { cache, moved: (driverId: string) => listeners.forEach((l) => l(driverId)) };
}

describe('ActiveDeliveriesCache', () => {
  it('answers two lookups of the same drivers at once with one read', async () => {
    const { reads, repository } = heldReads();
    const { cache } = cacheOver(repository);
    const flush = cache.resolve(['a', 'b']);
    const live = cache.resolve(['b', 'c']);
    await settle();
    expect(reads.map((r) => r.driverIds)).toEqual([['a', 'b'], ['c']]);
    reads[0].answer([row('b', 'd1')]);
    reads[1].answer([]);
    expect(await flush).toEqual(new Map([['a', []], ['b', [expect.objectContaining({ id: 'd1' })]]]));
    expect(await live).toEqual(new Map([['b', [expect.objectContaining({ id: 'd1' })]], ['c', []]]));
    expect(cache.peek('b')).toEqual([expect.objectContaining({ id: 'd1' })]);
  });

  it('reads a driver again when their deliveries moved while a read was in flight, and keeps only the newer answer', async () => {
    const { reads, repository } = heldReads();
    const { cache, moved } = cacheOver(repository);
    const before = cache.resolve(['a']);
    await settle();
    moved('a');
    const after = cache.resolve(['a']);
    await settle();
    expect(reads.map((r) => r.driverIds)).toEqual([['a'], ['a']]);
    reads[1].answer([row('a', 'new')]);
    reads[0].answer([]);
    expect((await after).get('a')).toEqual([expect.objectContaining({ id: 'new' })]);
    expect((await before).get('a')).toEqual([]);
    expect(cache.peek('a')).toEqual([expect.objectContaining({ id: 'new' })]);
  });
});
