import { PlatterError } from '@platter/contracts';
import { assertRestaurantTransition } from './restaurant-status';

describe('restaurant status', () => {
  it('lets an admin approve or reject a pending restaurant', () => {
    expect(() => assertRestaurantTransition('pending', 'approved')).not.toThrow();
    expect(() => assertRestaurantTransition('pending', 'rejected')).not.toThrow();
  });

  it.each([['approved'], ['suspended'], ['rejected']] as const)('refuses to approve a %s restaurant with a 422', (from) => {
    let thrown: unknown;
    try {
      assertRestaurantTransition(from, 'approved');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(PlatterError);
    expect((thrown as PlatterError).code).toBe('INVALID_STATE_TRANSITION');
    expect((thrown as PlatterError).status).toBe(422);
    expect((thrown as PlatterError).message).toContain(from);
  });
});
