// Guest orders against a real PostgreSQL: placing without an account, tracking by token, and the
// guest's orders following them into the account they register (guest.converted).
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor, GuestOrderPlaced, OrderView, PlatterError, RpcRequest, TrackGuestOrderData } from '@platter/contracts';
import { validData } from '@platter/service-kit';
import { FeatureTestingModule, rejection } from '@platter/testing';
import { orderingServices } from '../testing/ordering-services';
import { OrderingConfig } from '../ordering.config';
import { CopyMenuItemService } from '../replicas/commands/copy-menu-item/copy-menu-item.service';
import { CopyRestaurantService } from '../replicas/commands/copy-restaurant/copy-restaurant.service';
import { PlaceGuestOrderRpcRequest as PlaceGuestOrderRequest } from '@platter/contracts';
import { PlaceOrderService } from './commands/place-order/place-order.service';
import { ReassignGuestOrdersService } from './commands/reassign-guest-orders/reassign-guest-orders.service';
import { GetCustomerOrderRpc } from './queries/get-customer-order/get-customer-order.rpc';
import { TrackGuestOrderRpc } from './queries/track-guest-order/track-guest-order.rpc';

const owner = randomUUID();
const restaurantId = randomUUID();
const ndole = randomUUID();

describe('guest orders (PostgreSQL)', () => {
  let bed: FeatureTestingModule;
  let dataSource: DataSource;
  let placeOrder: PlaceOrderService;
  let reassign: ReassignGuestOrdersService;
  let track: TrackGuestOrderRpc;
  let getForCustomer: GetCustomerOrderRpc;

  const body = (over: Record<string, unknown> = {}) => ({
    restaurant_id: restaurantId,
    items: [{ menu_item_id: ndole, quantity: 1 }],
    delivery_type: 'pickup',
    payment_method: 'cash',
    guest: { name: ' Awa ', phone: '+237670123456', email: 'Awa@Example.CM' },
    ...over,
  });
  const placeAsGuest = (over: Record<string, unknown> = {}): Promise<GuestOrderPlaced> => placeOrder.placeForGuest(validData(PlaceGuestOrderRequest, body(over)));
  const tracked = (data: TrackGuestOrderData) => track.handle({ actor: null, data } as RpcRequest<TrackGuestOrderData>);
  const customerOrder = (actor: Actor, id: string) => getForCustomer.handle({ actor, data: { id } });
  const orderRow = async (id: string) => (await dataSource.query(`SELECT * FROM orders WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    const config = Object.assign(new OrderingConfig(), { TAX_RATE_BPS: 0, SERVICE_FEE: 0 });
    bed = await orderingServices(config);
    ({ dataSource } = bed);
    placeOrder = bed.get(PlaceOrderService);
    reassign = bed.get(ReassignGuestOrdersService);
    track = bed.get(TrackGuestOrderRpc);
    getForCustomer = bed.get(GetCustomerOrderRpc);
    await bed.get(CopyRestaurantService).apply({ restaurant_id: restaurantId, owner_id: owner, name: 'Chez Mama', currency: 'XAF' }, new Date());
    await bed.get(CopyMenuItemService).apply(
      { item_id: ndole, restaurant_id: restaurantId, name: 'Ndolé', price: 2500, currency: 'XAF', is_available: true, category_id: null, deleted: false },
      new Date(),
    );
  });

  afterAll(async () => {
    await bed?.close();
  });

  it('places a guest order without a customer, keeping the contact and only the tracking token hash', async () => {
    const { order, tracking_token } = await placeAsGuest();
    expect(order).toMatchObject({ customer_id: null, status: 'confirmed', subtotal: 2500, total_amount: 2500 });
    expect(tracking_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await orderRow(order.id);
    expect(row).toMatchObject({ guest_session_id: null, guest_name: 'Awa', guest_phone: '+237670123456', guest_email: 'awa@example.cm' });
    expect(row.tracking_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(tracking_token);
    const [created] = await dataSource.query(`SELECT envelope FROM outbox WHERE routing_key = 'order.created' AND envelope->'payload'->>'order_id' = $1`, [order.id]);
    expect(created.envelope.payload).toMatchObject({ customer_id: null, restaurant_owner_id: owner, total_amount: 2500 });
    const history = await dataSource.query(`SELECT to_status, actor_id FROM order_status_history WHERE order_id = $1 ORDER BY at`, [order.id]);
    expect(history).toEqual([{ to_status: 'created', actor_id: null }, { to_status: 'confirmed', actor_id: null }]);
  });

  it('shows the order to its tracking token only: a wrong token and a wrong id are the same NOT_FOUND', async () => {
    const { order, tracking_token } = await placeAsGuest();
    const other = await placeAsGuest();
    expect(await tracked({ id: order.id, token: tracking_token })).toEqual(order);
    const wrongToken = await rejection(tracked({ id: order.id, token: other.tracking_token }));
    const wrongId = await rejection(tracked({ id: randomUUID(), token: tracking_token }));
    expect(wrongToken).toBeInstanceOf(PlatterError);
    expect([wrongToken.code, wrongToken.message]).toEqual(['NOT_FOUND', 'Order not found']);
    expect([wrongId.code, wrongId.message]).toEqual([wrongToken.code, wrongToken.message]);
  });

  it('gives a guest session\'s orders to the customer it became, once, and only that guest\'s', async () => {
    const guestId = randomUUID();
    const customer: Actor = { user_id: randomUUID(), role: 'customer' };
    const first = await placeAsGuest({ guest_session_id: guestId });
    const second = await placeAsGuest({ guest_session_id: guestId, delivery_type: 'dine_in' });
    const someoneElses = await placeAsGuest({ guest_session_id: randomUUID() });
    await expect(customerOrder(customer, first.order.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    expect(await reassign.apply({ guest_id: guestId, user_id: customer.user_id })).toBe(2);
    const mine: OrderView = await customerOrder(customer, first.order.id);
    expect(mine).toMatchObject({ id: first.order.id, customer_id: customer.user_id });
    expect((await customerOrder(customer, second.order.id)).customer_id).toBe(customer.user_id);
    expect((await orderRow(someoneElses.order.id)).customer_id).toBeNull();
    // The tracking link keeps working after the conversion.
    expect((await tracked({ id: first.order.id, token: first.tracking_token })).customer_id).toBe(customer.user_id);

    // A replay changes nothing, and a later claim by another user does not take the orders over.
    expect(await reassign.apply({ guest_id: guestId, user_id: customer.user_id })).toBe(0);
    expect(await reassign.apply({ guest_id: guestId, user_id: randomUUID() })).toBe(0);
    expect((await orderRow(first.order.id)).customer_id).toBe(customer.user_id);
  });

  it('puts an order placed with an already converted session straight into the account', async () => {
    const guestId = randomUUID();
    const userId = randomUUID();
    await reassign.apply({ guest_id: guestId, user_id: userId });
    const late = await placeAsGuest({ guest_session_id: guestId });
    expect(late.order.customer_id).toBe(userId);
  });

  it('loses no order placed while the conversion is applied', async () => {
    const guestId = randomUUID();
    const userId = randomUUID();
    const placing = Array.from({ length: 6 }, () => placeAsGuest({ guest_session_id: guestId }));
    await Promise.all([...placing, reassign.apply({ guest_id: guestId, user_id: userId })]);
    const owners = await dataSource.query(`SELECT DISTINCT customer_id FROM orders WHERE guest_session_id = $1`, [guestId]);
    expect(owners).toEqual([{ customer_id: userId }]);
  });

  it('refuses a guest order without contact details', async () => {
    const err = await rejection(Promise.resolve().then(() => validData(PlaceGuestOrderRequest, body({ guest: undefined }))));
    expect(err.code).toBe('VALIDATION_ERROR');
  });
});
