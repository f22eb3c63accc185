import { Injectable, Optional } from '@nestjs/common';
import {
  Actor,
  DeliveryOfferClosed,
  DeliveryOffered,
  DeliveryRouteUpdated,
  DeliveryStatusChanged,
  DriverLocationUpdated,
  DriverStatusChanged,
  OrderCreated,
  OrderStatusChanged,
  TicketStatusChanged,
} from '@platter/contracts';
import { CoalescableSocket, PositionCoalescer } from './position-coalescer';
import { RealtimeMetrics } from './realtime-metrics';
import { ADMIN_ROOM, automaticRooms, orderRoom, restaurantRoom, userRoom } from './rooms';

/** What the relay needs of a Socket.IO server: emit to the union of some rooms. */
export interface RoomEmitter {
  to(rooms: string | string[]): { emit(event: string, payload: unknown): unknown };
}

/** The sockets of this instance in any of some rooms, each once (positions are sent socket by socket). */
export interface LocalSockets {
  socketsIn(rooms: string[]): Iterable<CoalescableSocket>;
}

export const DRIVER_LOCATION_UPDATE = 'driver_location_update';

/**
 * Who hears what, in one place: every socket sits in its user's room (admins also in the admin
 * room, a restaurant's team in the room of the restaurant its token acts for, anyone allowed in the
 * rooms of the orders they joined), and each domain event becomes one Socket.IO event emitted to
 * the rooms allowed to see it. Each gateway instance emits to its own sockets; all instances
 * receive every event. Drivers' positions go socket by socket through the coalescer, so a slow
 * client gets the latest position instead of a queue of old ones; everything else is never dropped.
 */
@Injectable()
export class RealtimeRelay {
  private server: RoomEmitter | null = null;
  private local: LocalSockets | null = null;
  private readonly positions: PositionCoalescer;

  constructor(@Optional() private readonly metrics?: RealtimeMetrics) {
    this.positions = new PositionCoalescer(DRIVER_LOCATION_UPDATE, { emitted: (e) => metrics?.eventEmitted(e), coalesced: () => metrics?.positionCoalesced() });
  }

  attach(server: RoomEmitter, local?: LocalSockets): void {
    this.server = server;
    this.local = local ?? null;
  }

  roomsOf(actor: Actor): string[] {
    return automaticRooms(actor);
  }

  /** `order_status_update`, to the customer, the restaurant, the order's room and the admins; `changedAt` orders them. */
  orderStatusChanged(e: OrderStatusChanged): void {
    const payload = {
      orderId: e.order_id,
      status: e.to,
      ...(e.changed_at ? { changedAt: e.changed_at } : {}),
      ...(e.estimated_delivery_time ? { estimatedDeliveryTime: e.estimated_delivery_time } : {}),
    };
    this.emit([...(e.customer_id ? [userRoom(e.customer_id)] : []), userRoom(e.restaurant_owner_id), restaurantRoom(e.restaurant_id), orderRoom(e.order_id), ADMIN_ROOM], 'order_status_update', payload);
  }

  /** `new_order`, to the restaurant and the admins. */
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
   * A driver took a delivery: `driver_assigned` to the restaurant, the order's room and the
   * admins, `order_assigned` to the driver. A driver who gave it back hears `order_unassigned`.
   * Other delivery moves reach customers as order_status_update once ordering applies them.
   */
  deliveryStatusChanged(e: DeliveryStatusChanged): void {
    if (e.status === 'unassigned' && e.driver_id) {
      this.emit([userRoom(e.driver_id)], 'order_unassigned', { orderId: e.order_id, deliveryId: e.delivery_id, changedAt: e.changed_at });
      return;
    }
    if (e.status !== 'assigned' || !e.driver_id) return;
    const eta = e.estimated_delivery_time ? { estimatedDeliveryTime: e.estimated_delivery_time } : {};
    this.emit([restaurantRoom(e.restaurant_id), orderRoom(e.order_id), ADMIN_ROOM], 'driver_assigned', { orderId: e.order_id, driver: { id: e.driver_id, name: e.driver_name ?? null }, ...eta });
    this.emit([userRoom(e.driver_id)], 'order_assigned', { orderId: e.order_id, deliveryId: e.delivery_id, restaurantId: e.restaurant_id, status: e.status, ...eta });
  }

  /**
   * `driver_location_update`, to the order's customer, the order's room and the admins (never
   * the restaurant's room or other customers), coalesced per socket.
   */
  driverLocationUpdated(e: DriverLocationUpdated): void {
    const rooms = [...(e.customer_id ? [userRoom(e.customer_id)] : []), orderRoom(e.order_id), ADMIN_ROOM];
    const payload = { orderId: e.order_id, lat: e.lat, lng: e.lng };
    if (!this.local) {
      this.emit(rooms, DRIVER_LOCATION_UPDATE, payload);
      return;
    }
    for (const socket of this.local.socketsIn(rooms)) this.positions.deliver(socket, e.order_id, payload);
  }

  /** `order_offered`: dispatch offers a delivery to one driver, until it expires. Never the delivery code (dispatch does not send it). */
  deliveryOffered(e: DeliveryOffered): void {
    this.emit([userRoom(e.driver_id)], 'order_offered', {
      offerId: e.offer_id,
      orderId: e.order_id,
      deliveryId: e.delivery_id,
      restaurantId: e.restaurant_id,
      expiresAt: e.expires_at,
      distanceKm: e.distance_km ?? null,
      pickupEtaMinutes: e.pickup_eta_minutes ?? null,
      pickupAddress: e.pickup_address ?? null,
      dropoffAddress: e.dropoff_address ?? null,
      deliveryFee: e.delivery_fee ?? null,
      currency: e.currency ?? null,
    });
  }

  /** `order_offer_closed`: the driver's offer ended (accepted, declined, expired, withdrawn): the app takes it off the screen. */
  deliveryOfferClosed(e: DeliveryOfferClosed): void {
    this.emit([userRoom(e.driver_id)], 'order_offer_closed', { offerId: e.offer_id, orderId: e.order_id, deliveryId: e.delivery_id, outcome: e.outcome });
  }

  /**
   * `route_update` to the driver (the whole leg), and an `eta_update` {orderId, leg, eta,
   * distanceKm}: the way to the customer for the customer and the order's room, the way to the
   * restaurant for the restaurant's team; admins both. The status does not change, so it is not an
   * order_status_update.
   */
  deliveryRouteUpdated(e: DeliveryRouteUpdated): void {
    this.emit([userRoom(e.driver_id)], 'route_update', {
      orderId: e.order_id,
      deliveryId: e.delivery_id,
      leg: e.leg,
      distanceKm: e.distance_km,
      eta: e.eta,
      waypoints: e.waypoints ?? [],
    });
    const eta = { orderId: e.order_id, leg: e.leg, eta: e.eta, distanceKm: e.distance_km };
    const audience = e.leg === 'to_dropoff' ? [...(e.customer_id ? [userRoom(e.customer_id)] : []), orderRoom(e.order_id)] : [restaurantRoom(e.restaurant_id)];
    this.emit([...audience, ADMIN_ROOM], 'eta_update', eta);
  }

  /** Kitchen display: `ticket_update` to the restaurant's team and the admins. */
  ticketStatusChanged(e: TicketStatusChanged): void {
    this.emit([restaurantRoom(e.restaurant_id), ADMIN_ROOM], 'ticket_update', { ticketId: e.ticket_id, orderId: e.order_id, restaurantId: e.restaurant_id, status: e.status });
  }

  /** `driver_status_update`: the driver's own approval or availability changed (and admins see it). */
  driverStatusChanged(e: DriverStatusChanged): void {
    this.emit([userRoom(e.driver_id), ADMIN_ROOM], 'driver_status_update', { driverId: e.driver_id, status: e.status, online: e.online, ...(e.reason ? { reason: e.reason } : {}) });
  }

  /** One emit to the union of rooms: a socket in several of them hears the event once. */
  private emit(rooms: string[], event: string, payload: unknown): void {
    if (!this.server) return;
    this.server.to(rooms).emit(event, payload);
    this.metrics?.eventEmitted(event);
  }
}
