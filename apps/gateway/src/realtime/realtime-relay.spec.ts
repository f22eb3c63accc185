import { OrderCreated, OrderStatusChanged } from '@platter/contracts';
import { FakeIo } from './fake-io';
import { LocalSocketIndex } from './local-sockets';
import { RealtimeRelay, RoomEmitter } from './realtime-relay';

const ids = { order: 'o-1', restaurant: 'r-1', owner: 'owner-1', customer: 'customer-1' };

function relayWithRecorder() {
  const emitted: Array<{ rooms: string[]; event: string; payload: unknown }> = [];
  const server: RoomEmitter = {
    to: (rooms) => ({ emit: (event, payload) => emitted.push({ rooms: ([] as string[]).concat(rooms), event, payload }) }),
  };
  const relay = new RealtimeRelay();
  relay.attach(server);
  return { relay, emitted };
}

const statusChanged = (over: Partial<OrderStatusChanged> = {}): OrderStatusChanged => ({
  order_id: ids.order,
  order_number: 'ORD-1',
  restaurant_id: ids.restaurant,
  restaurant_owner_id: ids.owner,
  customer_id: ids.customer,
  from: 'confirmed',
  to: 'accepted',
  ...over,
});

describe('RealtimeRelay', () => {
  it('puts every user in their own room, and admins in the admin room too', () => {
    const relay = new RealtimeRelay();
    expect(relay.roomsOf({ user_id: 'u-1', role: 'customer' })).toEqual(['user:u-1']);
    expect(relay.roomsOf({ user_id: 'a-1', role: 'admin' })).toEqual(['user:a-1', 'role:admin']);
  });

  it("puts a restaurant's team in the room of the restaurant their token acts for, and nobody else", () => {
    const relay = new RealtimeRelay();
    expect(relay.roomsOf({ user_id: 's-1', role: 'restaurant_staff', restaurant_id: 'r-1', restaurant_role: 'staff' })).toEqual(['user:s-1', 'restaurant:r-1']);
    expect(relay.roomsOf({ user_id: 'c-1', role: 'customer', restaurant_id: 'r-1', restaurant_role: 'owner' })).toEqual(['user:c-1']);
  });

  it("tells the customer, the restaurant, the order's room and the admins that an order moved, and when", () => {
    const { relay, emitted } = relayWithRecorder();
    relay.orderStatusChanged(statusChanged({ estimated_delivery_time: '2026-01-01T12:30:00Z', changed_at: '2026-01-01T12:00:00.000Z' }));
    expect(emitted).toEqual([
      {
        rooms: ['user:customer-1', 'user:owner-1', 'restaurant:r-1', 'order:o-1', 'role:admin'],
        event: 'order_status_update',
        payload: { orderId: ids.order, status: 'accepted', changedAt: '2026-01-01T12:00:00.000Z', estimatedDeliveryTime: '2026-01-01T12:30:00Z' },
      },
    ]);
  });

  it('has no customer room to tell for an order without a customer account', () => {
    const { relay, emitted } = relayWithRecorder();
    relay.orderStatusChanged(statusChanged({ customer_id: null }));
    expect(emitted[0].rooms).toEqual(['user:owner-1', 'restaurant:r-1', 'order:o-1', 'role:admin']);
    expect(emitted[0].payload).toEqual({ orderId: ids.order, status: 'accepted' });
  });

  it('announces a new order to the restaurant and the admins only', () => {
    const { relay, emitted } = relayWithRecorder();
    const created: OrderCreated = {
      order_id: ids.order,
      order_number: 'ORD-1',
      restaurant_id: ids.restaurant,
      restaurant_owner_id: ids.owner,
      customer_id: ids.customer,
      status: 'confirmed',
      items: [{ menu_item_id: 'm-1', name: 'Ndolé', quantity: 2, unit_price: 2500 }],
      subtotal: 5000,
      total_amount: 5500,
      currency: 'XAF',
      delivery_type: 'delivery',
      payment_method: 'cash',
    };
    relay.orderCreated(created);
    expect(emitted).toEqual([
      {
        rooms: ['user:owner-1', 'restaurant:r-1', 'role:admin'],
        event: 'new_order',
        payload: {
          orderId: ids.order,
          orderNumber: 'ORD-1',
          items: [{ menu_item_id: 'm-1', name: 'Ndolé', quantity: 2, unit_price: 2500, notes: null }],
          total_amount: 5500,
          currency: 'XAF',
          delivery_type: 'delivery',
        },
      },
    ]);
  });

  it('drops events that arrive before the socket server exists', () => {
    expect(() => new RealtimeRelay().orderStatusChanged(statusChanged())).not.toThrow();
  });
});

describe('RealtimeRelay and the order saga', () => {
  it('emits order_status_update for every status, with only the order id, status, time of the change and ETA, whatever else the event carries', () => {
    const { relay, emitted } = relayWithRecorder();
    const statuses: Array<OrderStatusChanged['to']> = ['confirmed', 'accepted', 'preparing', 'ready', 'assigned', 'picked_up', 'in_transit', 'delivered', 'completed', 'cancelled'];
    for (const to of statuses) {
      relay.orderStatusChanged(statusChanged({ to, actor_id: 'a1b2c3d4-0000-4000-8000-000000000001', driver_id: 'a1b2c3d4-0000-4000-8000-000000000002', changed_at: '2026-01-01T12:00:00Z', delivery_type: 'delivery', reason: 'restaurant_timeout' }));
    }
    const updates = emitted.filter((e) => e.event === 'order_status_update');
    expect(updates.map((e) => (e.payload as { status: string }).status)).toEqual(statuses);
    for (const e of updates) expect(Object.keys(e.payload as object).sort()).toEqual(['changedAt', 'orderId', 'status']);
  });

  it('never forwards the delivery code, which only the buyer may see', () => {
    const { relay, emitted } = relayWithRecorder();
    relay.orderCreated({
      order_id: ids.order, order_number: 'ORD-1', restaurant_id: ids.restaurant, restaurant_owner_id: ids.owner, customer_id: ids.customer, status: 'created',
      items: [{ menu_item_id: 'm-1', name: 'Ndolé', quantity: 1, unit_price: 2500 }], subtotal: 2500, total_amount: 2500, currency: 'XAF',
      delivery_type: 'delivery', payment_method: 'campay', delivery_code: '4821', payer_phone: '+237670000000',
    });
    relay.orderStatusChanged({ ...statusChanged({ to: 'picked_up' }), ...({ delivery_code: '4821' } as object) });
    expect(emitted.length).toBeGreaterThan(0);
    expect(JSON.stringify(emitted.map((e) => e.payload))).not.toContain('4821');
  });
});

describe('RealtimeRelay: the kitchen display', () => {
  it("sends ticket_update to the restaurant's team and the admins only", () => {
    const { relay, emitted } = relayWithRecorder();
    relay.ticketStatusChanged({ ticket_id: 't-1', order_id: ids.order, restaurant_id: ids.restaurant, status: 'in_progress' });
    expect(emitted).toEqual([
      { rooms: ['restaurant:r-1', 'role:admin'], event: 'ticket_update', payload: { ticketId: 't-1', orderId: ids.order, restaurantId: ids.restaurant, status: 'in_progress' } },
    ]);
  });
});

describe('RealtimeRelay: events never reach the wrong user', () => {
  it("delivers each order event only to that order's people", () => {
    const io = new FakeIo();
    const relay = new RealtimeRelay();
    relay.attach(io, new LocalSocketIndex(io));
    const customer = io.connect({ user_id: ids.customer, role: 'customer' });
    const otherCustomer = io.connect({ user_id: 'customer-2', role: 'customer' });
    const owner = io.connect({ user_id: ids.owner, role: 'restaurant_owner', restaurant_id: ids.restaurant, restaurant_role: 'owner' });
    const otherRestaurant = io.connect({ user_id: 'owner-2', role: 'restaurant_owner', restaurant_id: 'r-2', restaurant_role: 'owner' });
    const driver = io.connect({ user_id: 'driver-1', role: 'driver' });
    const admin = io.connect({ user_id: 'admin-1', role: 'admin' });
    relay.orderStatusChanged(statusChanged({ changed_at: '2026-01-01T12:00:00.000Z' }));
    relay.ticketStatusChanged({ ticket_id: 't-1', order_id: ids.order, restaurant_id: ids.restaurant, status: 'done' });
    expect(customer.heard.map((h) => h.event)).toEqual(['order_status_update']);
    expect(owner.heard.map((h) => h.event)).toEqual(['order_status_update', 'ticket_update']);
    expect(admin.heard.map((h) => h.event)).toEqual(['order_status_update', 'ticket_update']);
    for (const s of [otherCustomer, otherRestaurant, driver]) expect(s.heard).toEqual([]);
  });
});
