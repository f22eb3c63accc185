import { randomUUID } from 'node:crypto';
import { OrderCreated, UserStatusChanged } from '@platter/contracts';

export function userStatusChanged(): UserStatusChanged {
  return { user_id: randomUUID(), status: 'suspended' };
}

export function orderCreated(): OrderCreated {
  return {
    order_id: randomUUID(),
    order_number: 'ORD-0001',
    restaurant_id: randomUUID(),
    restaurant_owner_id: randomUUID(),
    customer_id: randomUUID(),
    status: 'created',
    items: [{ menu_item_id: randomUUID(), name: 'Ndolé', quantity: 2, unit_price: 2500 }],
    subtotal: 5000,
    total_amount: 5000,
    currency: 'XAF',
    delivery_type: 'delivery',
    payment_method: 'cash',
  };
}
