import { PlatterError } from '@platter/contracts';
import { RestaurantMove, RestaurantStatus, nextRestaurantStatus } from './restaurant-status';

function refusal(from: RestaurantStatus, move: RestaurantMove): PlatterError {
  try {
    nextRestaurantStatus(from, move);
  } catch (err) {
    return err as PlatterError;
  }
  throw new Error(`${move} from ${from} was allowed`);
}

describe('restaurant status', () => {
  it.each([
    ['pending', 'approve', 'approved'],
    ['pending', 'reject', 'rejected'],
    ['approved', 'suspend', 'suspended'],
    ['suspended', 'reinstate', 'approved'],
    ['rejected', 'reapply', 'pending'],
  ] as const)('from %s, %s leads to %s', (from, move, to) => {
    expect(nextRestaurantStatus(from, move)).toBe(to);
  });

  it.each([
    ['approved', 'approve'],
    ['suspended', 'approve'],
    ['rejected', 'approve'],
    ['approved', 'reject'],
    ['pending', 'suspend'],
    ['rejected', 'suspend'],
    ['approved', 'reinstate'],
    ['pending', 'reapply'],
    ['approved', 'reapply'],
  ] as const)('refuses, from %s, to %s with a 422', (from, move) => {
    const err = refusal(from, move);
    expect(err).toBeInstanceOf(PlatterError);
    expect(err.code).toBe('INVALID_STATE_TRANSITION');
    expect(err.status).toBe(422);
    expect(err.message).toContain(from);
  });
});
