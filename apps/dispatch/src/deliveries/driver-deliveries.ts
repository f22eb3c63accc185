import { Actor, ForbiddenError, NotFoundError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { Delivery } from './delivery.entity';

/** The delivery of order `orderId`, locked; 404 when there is none, 403 when another driver holds it. */
export async function lockHeldDelivery(tx: TransactionHost, actor: Actor, orderId: string): Promise<Delivery> {
  const delivery = await tx.repository(Delivery).findOne({ where: { order_id: orderId }, lock: { mode: 'pessimistic_write' } });
  if (!delivery) throw new NotFoundError('Delivery');
  if (delivery.driver_id !== actor.user_id) throw new ForbiddenError('This delivery is not yours');
  return delivery;
}
