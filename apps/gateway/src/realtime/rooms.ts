import { Actor } from '@platter/contracts';

/**
 * The relay's rooms. Automatic at the handshake: `user:<id>` (every socket), `role:admin` (admins),
 * `restaurant:<id>` (the team of the restaurant the token acts for). Joined explicitly, after the
 * order's service says the user may follow it: `order:<id>`.
 */
export const ADMIN_ROOM = 'role:admin';
export const userRoom = (userId: string): string => `user:${userId}`;
export const restaurantRoom = (restaurantId: string): string => `restaurant:${restaurantId}`;
export const orderRoom = (orderId: string): string => `order:${orderId}`;

/** The rooms a socket is put in at the handshake, from its verified token alone. */
export function automaticRooms(actor: Actor): string[] {
  const rooms = [userRoom(actor.user_id)];
  if (actor.role === 'admin') rooms.push(ADMIN_ROOM);
  if (actor.restaurant_id && (actor.role === 'restaurant_owner' || actor.role === 'restaurant_staff')) rooms.push(restaurantRoom(actor.restaurant_id));
  return rooms;
}

/**
 * Why a socket is in an order's room: as its customer, as its driver, for its restaurant, or as an
 * admin. Kept on the socket so the relay can take it out when that reason ends (the driver handed
 * the order over to another, the member left the restaurant's team).
 */
export type OrderRoomBasis = { as: 'customer' } | { as: 'driver' } | { as: 'restaurant'; restaurantId: string } | { as: 'admin' };

export function orderRoomBasis(actor: Actor, order: { restaurant_id: string }): OrderRoomBasis {
  switch (actor.role) {
    case 'admin':
      return { as: 'admin' };
    case 'driver':
      return { as: 'driver' };
    case 'restaurant_owner':
    case 'restaurant_staff':
      return { as: 'restaurant', restaurantId: order.restaurant_id };
    default:
      return { as: 'customer' };
  }
}

/** What the relay keeps on `socket.data`. */
export interface RealtimeSocketData {
  actor?: Actor;
  /** Rate limits' current one-second windows (driver_location, join). */
  locationWindow?: { startedAt: number; count: number };
  joinWindow?: { startedAt: number; count: number };
  /** Order rooms joined, by order id. */
  orders?: Map<string, OrderRoomBasis>;
}
