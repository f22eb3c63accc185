import { NotFoundError, RestaurantView } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { toMenuItemChanged } from '../../../menu/menu.views';
import { MenuItemRepository } from '../../../menu/menu-item.repository';
import { RestaurantRepository } from '../../restaurant.repository';
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
export async function applyRestaurantMove(
  tx: TransactionHost,
  restaurants: RestaurantRepository,
  menuItems: MenuItemRepository,
  events: EventPublisher,
  request: RestaurantMoveRequest,
): Promise<RestaurantView> {
  return tx.run(async () => {
    const restaurant = await restaurants.lock(request.id);
    if (!restaurant) throw new NotFoundError('Restaurant');
    const status = nextRestaurantStatus(restaurant.status, request.move);
    const reason = status === 'rejected' || status === 'suspended' ? (request.reason ?? null) : null;
    await restaurants.update(
      restaurant.id,
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
      const items = await menuItems.lockMenuItems(restaurant.id);
      for (const item of items) await events.publish('menu.item-changed', toMenuItemChanged(item));
    }
    return toRestaurantView(await restaurants.get(restaurant.id));
  });
}
