import { Actor, ForbiddenError, NotFoundError } from '@platter/contracts';
import { Delivery } from './delivery.entity';
import { DeliveryRepository } from './delivery.repository';

/** The delivery of order `orderId`, locked; 404 when there is none, 403 when another driver holds it. */
export async function lockHeldDelivery(deliveries: DeliveryRepository, actor: Actor, orderId: string): Promise<Delivery> {
  const delivery = await deliveries.lockByOrder(orderId);
  if (!delivery) throw new NotFoundError('Delivery');
  if (delivery.driver_id !== actor.user_id) throw new ForbiddenError('This delivery is not yours');
  return delivery;
}
