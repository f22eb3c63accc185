import { NotFoundError, RestaurantView } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { MenuItem } from '../../../menu/menu-item.entity';
import { toMenuItemChanged } from '../../../menu/menu.views';
import { Restaurant } from '../../restaurant.entity';
import { RestaurantMove, nextRestaurantStatus } from '../../domain/restaurant-status';
import { toRestaurantView } from '../../restaurant.view';

export interface RestaurantMoveRequest {
  id: string;
  move: RestaurantMove;
  /** The admin deciding; null when the owner re-applies. */
  reviewerId: string | null;
  /** Why it was rejected or suspended; shown to the owner. */
  reason?: string | null;
}

/**
 * Moves a restaurant along its onboarding states, in one transaction with the events that tell
 * the others: `restaurant.status-changed` always, and `restaurant.approved` (plus its menu, built
 * while it was not public) whenever it becomes approved, as consumers of that event expect.
 */
export async function applyRestaurantMove(tx: TransactionHost, events: EventPublisher, request: RestaurantMoveRequest): Promise<RestaurantView> {
  return tx.run(async () => {
    const repo = tx.repository(Restaurant);
    const restaurant = await repo.findOne({ where: { id: request.id }, lock: { mode: 'pessimistic_write' } });
    if (!restaurant) throw new NotFoundError('Restaurant');
    const status = nextRestaurantStatus(restaurant.status, request.move);
    const reason = status === 'rejected' || status === 'suspended' ? (request.reason ?? null) : null;
    await repo.update(
      { id: restaurant.id },
      request.reviewerId
        ? { status, rejection_reason: reason, reviewed_at: new Date(), reviewed_by: request.reviewerId }
        : { status, rejection_reason: null },
    );
    await events.publish('restaurant.status-changed', {
      restaurant_id: restaurant.id,
      owner_id: restaurant.owner_id,
      status,
      ...(reason ? { reason } : {}),
    });
    if (status === 'approved') {
      await events.publish('restaurant.approved', {
        restaurant_id: restaurant.id,
        owner_id: restaurant.owner_id,
        name: restaurant.name,
        currency: restaurant.currency,
        timezone: restaurant.timezone,
        commission_rate: restaurant.commission_rate,
        opening_hours: restaurant.opening_hours,
        hours_exceptions: restaurant.hours_exceptions,
        latitude: restaurant.latitude,
        longitude: restaurant.longitude,
      });
      // Locked: a concurrent price change or 86 is announced after this snapshot, never under it.
      const items = await tx.repository(MenuItem).find({ where: { restaurant_id: restaurant.id }, order: { created_at: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      for (const item of items) await events.publish('menu.item-changed', toMenuItemChanged(item));
    }
    return toRestaurantView(await repo.findOneByOrFail({ id: restaurant.id }));
  });
}
