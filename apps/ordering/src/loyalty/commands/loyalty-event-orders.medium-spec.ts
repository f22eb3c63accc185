// Loyalty ends where a customer's order events say, whatever order they arrive in (and redelivered),
// on the real PostgreSQL through the real consumers. One order is either completed or cancelled,
// never both (both are final), so the histories delivered are one customer's orders: two completed
// (points for each, the referrer's bonus once) and one cancelled after it spent points (given back once).
import { randomUUID } from 'node:crypto';
import { Actor, OrderCancelled, OrderCompleted, RpcRequest } from '@platter/contracts';
import { EventDeliverer, EventOf, FeatureTestingModule, deliverInEveryOrder, envelopesOf, permutations } from '@platter/testing';
import { orderingServices } from '../../testing/ordering-services';
import { OrderingConfig } from '../../ordering.config';
import { TrackCustomerService } from '../../referrals/commands/track-customer/track-customer.service';
import { ReferralStatsRpc } from '../../referrals/queries/referral-stats/referral-stats.rpc';
import { LoyaltyLedger } from '../loyalty-ledger';
import { OrderCompletedConsumer } from './earn-on-completion/order-completed.consumer';
import { OrderCancelledConsumer } from './restore-on-cancellation/order-cancelled.consumer';

const restaurantId = randomUUID();
const ownerId = randomUUID();
const as = <D>(actor: Actor | null, data: D): RpcRequest<D> => ({ actor, data });

interface Household {
  referrer: string;
  customer: string;
  completed: [string, string];
  cancelled: string;
}

describe('loyalty under every order of a customer\'s order events (PostgreSQL)', () => {
  let bed: FeatureTestingModule;
  let deliverer: EventDeliverer;
  let ledger: LoyaltyLedger;
  /** Customers set up ahead (events() is synchronous): each call of events() takes the next, the harness's first (counting) call included. */
  let pool: Household[] = [];
  let orderCount = 0;

  beforeAll(async () => {
    bed = await orderingServices(new OrderingConfig());
    deliverer = new EventDeliverer(bed, 'ordering', [OrderCompletedConsumer, OrderCancelledConsumer]);
    ledger = bed.get(LoyaltyLedger);
  });

  afterAll(async () => {
    await bed?.close();
  });

  async function order(customerId: string, status: 'completed' | 'cancelled', total: number): Promise<string> {
    const id = randomUUID();
    orderCount++;
    await bed.dataSource.query(
      `INSERT INTO orders (id, order_number, customer_id, restaurant_id, status, delivery_type, payment_method, payment_status,
                           subtotal, tax_amount, delivery_fee, service_fee, total_amount, currency)
       VALUES ($1, $2, $3, $4, $5, 'pickup', 'cash', 'completed', $6, 0, 0, 0, $6, 'XAF')`,
      [id, `ORD-LOYALTY-${orderCount}`, customerId, restaurantId, status, total],
    );
    return id;
  }

  /** A referred customer with 400 points, two completed orders and a cancelled one that spent 300 of them. */
  async function households(count: number): Promise<void> {
    const track = bed.get(TrackCustomerService);
    pool = [];
    for (let i = 0; i < count; i++) {
      const referrer = randomUUID();
      const customer = randomUUID();
      await track.registered({ user_id: referrer, email: `${referrer}@example.cm`, name: 'Referrer', role: 'customer' });
      const code = (await bed.get(ReferralStatsRpc).handle(as({ user_id: referrer, role: 'customer' }, {}))).referral_code;
      await track.registered({ user_id: customer, email: `${customer}@example.cm`, name: 'Customer', role: 'customer', referral_code: code });
      await ledger.earn({ customerId: customer, points: 400, kind: 'adjustment', key: `test:${customer}` });
      const cancelled = await order(customer, 'cancelled', 3000);
      await bed.tx.run(() => ledger.redeem(customer, 300, cancelled));
      pool.push({ referrer, customer, completed: [await order(customer, 'completed', 3000), await order(customer, 'completed', 5000)], cancelled });
    }
  }

  const completed = (orderId: string, customerId: string, total: number): EventOf => ({
    type: 'order.completed',
    payload: {
      order_id: orderId, order_number: 'ORD', restaurant_id: restaurantId, restaurant_owner_id: ownerId, customer_id: customerId,
      delivery_type: 'pickup', payment_method: 'cash', subtotal: total, discount_amount: 0, tax_amount: 0, delivery_fee: 0,
      service_fee: 0, total_amount: total, currency: 'XAF', commission_rate_bps: 1500, completed_at: new Date().toISOString(),
    } satisfies OrderCompleted,
  });
  const cancelled = (orderId: string, customerId: string): EventOf => ({
    type: 'order.cancelled',
    payload: { order_id: orderId, order_number: 'ORD', restaurant_id: restaurantId, restaurant_owner_id: ownerId, customer_id: customerId, from: 'created' } satisfies OrderCancelled,
  });

  it('points for each completed order, the referral bonus once and the cancelled order\'s points back once, whatever the order', async () => {
    await households(permutations([0, 1, 2]).length + 1);
    const used: Household[] = [];
    const failures = await deliverInEveryOrder({
      deliverer,
      events: () => {
        const h = pool.shift()!;
        used.push(h);
        return envelopesOf([completed(h.completed[0], h.customer, 3000), completed(h.completed[1], h.customer, 5000), cancelled(h.cancelled, h.customer)], 'ordering');
      },
      state: async (envelopes) => {
        const h = used.find((u) => u.customer === (envelopes[0].payload as OrderCompleted).customer_id)!;
        return { customer: await ledger.balance(h.customer), referrer: await ledger.balance(h.referrer) };
      },
      // 400 - 300 spent + 300 back + 30 + 50 earned; the referrer's 500 on the first completed order only.
      expected: () => ({ customer: 480, referrer: 500 }),
    });
    expect(failures).toEqual([]);
  });
});
