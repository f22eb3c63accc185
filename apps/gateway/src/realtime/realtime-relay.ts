import { Injectable } from '@nestjs/common';
import { Actor, DeliveryStatusChanged, DriverLocationUpdated, OrderCreated, OrderStatusChanged } from '@platter/contracts';

/** What the relay needs of a Socket.IO server: emit to the union of some rooms. */
export interface RoomEmitter {
  to(rooms: string | string[]): { emit(event: string, payload: unknown): unknown };
}

const ADMIN_ROOM = 'role:admin';
const userRoom = (userId: string) => `user:${userId}`;
const restaurantRoom = (restaurantId: string) => `restaurant:${restaurantId}`;

/**
 * Who hears what, in one place: every socket sits in its user's room (admins also in the admin
 * room, a restaurant's team in the room of the restaurant its token acts for), and each domain
 * event becomes one Socket.IO event emitted to the rooms allowed to see it.
 * Each gateway instance emits to its own sockets; all instances receive every event.
 */
@Injectable()
export class RealtimeRelay {
  private server: RoomEmitter | null = null;

  attach(server: RoomEmitter): void {
    this.server = server;
  }

  roomsOf(actor: Actor): string[] {
    const rooms = [userRoom(actor.user_id)];
    if (actor.role === 'admin') rooms.push(ADMIN_ROOM);
    if (actor.restaurant_id && (actor.role === 'restaurant_owner' || actor.role === 'restaurant_staff')) rooms.push(restaurantRoom(actor.restaurant_id));
    return rooms;
  }

  /** 000's `order_status_update`, to the customer, the restaurant and the admins. */
  orderStatusChanged(e: OrderStatusChanged): void {
    const payload = { orderId: e.order_id, status: e.to, ...(e.estimated_delivery_time ? { estimatedDeliveryTime: e.estimated_delivery_time } : {}) };
    this.emit([...(e.customer_id ? [userRoom(e.customer_id)] : []), userRoom(e.restaurant_owner_id), restaurantRoom(e.restaurant_id), ADMIN_ROOM], 'order_status_update', payload);
  }

  /** 000's `new_order`, to the restaurant and the admins. */
  orderCreated(e: OrderCreated): void {
    const payload = {
      orderId: e.order_id,
      orderNumber: e.order_number,
      items: e.items.map((i) => ({ menu_item_id: i.menu_item_id, name: i.name, quantity: i.quantity, unit_price: i.unit_price, notes: i.notes ?? null })),
      total_amount: e.total_amount,
      currency: e.currency,
      delivery_type: e.delivery_type,
    };
    this.emit([userRoom(e.restaurant_owner_id), restaurantRoom(e.restaurant_id), ADMIN_ROOM], 'new_order', payload);
  }

  /**
   * A driver took a delivery: 000's `driver_assigned` to the restaurant (and admins), `order_assigned`
   * to the driver. Other delivery moves reach customers as order_status_update once ordering applies them.
   */
  deliveryStatusChanged(e: DeliveryStatusChanged): void {
    if (e.status !== 'assigned' || !e.driver_id) return;
    const eta = e.estimated_delivery_time ? { estimatedDeliveryTime: e.estimated_delivery_time } : {};
    this.emit([restaurantRoom(e.restaurant_id), ADMIN_ROOM], 'driver_assigned', { orderId: e.order_id, driver: { id: e.driver_id, name: e.driver_name ?? null }, ...eta });
    this.emit([userRoom(e.driver_id)], 'order_assigned', { orderId: e.order_id, deliveryId: e.delivery_id, restaurantId: e.restaurant_id, status: e.status, ...eta });
  }

  /** 000's `driver_location_update`, to the order's customer only (never the restaurant or other customers). */
  driverLocationUpdated(e: DriverLocationUpdated): void {
    if (!e.customer_id) return;
    this.emit([userRoom(e.customer_id)], 'driver_location_update', { orderId: e.order_id, lat: e.lat, lng: e.lng });
  }

  /** One emit to the union of rooms: a socket in several of them hears the event once. */
  private emit(rooms: string[], event: string, payload: unknown): void {
    this.server?.to(rooms).emit(event, payload);
  }
}
