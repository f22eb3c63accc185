import { IdempotencyKey } from './orders/commands/place-order/idempotency-key.entity';
import { OrderItem } from './orders/order-item.entity';
import { OrderStatusHistory } from './orders/order-status-history.entity';
import { Order } from './orders/order.entity';
import { DeliveryZoneReplica } from './replicas/delivery-zone-replica.entity';
import { MenuItemReplica } from './replicas/menu-item-replica.entity';
import { RestaurantReplica } from './replicas/restaurant-replica.entity';

export const orderingEntities = [RestaurantReplica, MenuItemReplica, DeliveryZoneReplica, Order, OrderItem, OrderStatusHistory, IdempotencyKey];
