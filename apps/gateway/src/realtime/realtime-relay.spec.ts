import { OrderCreated, OrderStatusChanged } from '@platter/contracts';
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

  it('tells the customer, the restaurant and the admins that an order moved', () => {
    const { relay, emitted } = relayWithRecorder();
    relay.orderStatusChanged(statusChanged({ estimated_delivery_time: '2026-01-01T12:30:00Z' }));
    expect(emitted).toEqual([
      {
        rooms: ['user:customer-1', 'user:owner-1', 'restaurant:r-1', 'role:admin'],
        event: 'order_status_update',
        payload: { orderId: ids.order, status: 'accepted', estimatedDeliveryTime: '2026-01-01T12:30:00Z' },
      },
    ]);
  });

  it('has no customer room to tell for an order without a customer account', () => {
    const { relay, emitted } = relayWithRecorder();
    relay.orderStatusChanged(statusChanged({ customer_id: null }));
    expect(emitted[0].rooms).toEqual(['user:owner-1', 'restaurant:r-1', 'role:admin']);
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
