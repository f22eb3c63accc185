import { CouponRedemption } from './coupons/coupon-redemption.entity';
import { Coupon } from './coupons/coupon.entity';
import { LoyaltyAccount } from './loyalty/loyalty-account.entity';
import { LoyaltyEntry } from './loyalty/loyalty-entry.entity';
import { IdempotencyKey } from './orders/commands/place-order/idempotency-key.entity';
import { OrderItem } from './orders/order-item.entity';
import { OrderStatusHistory } from './orders/order-status-history.entity';
import { Order } from './orders/order.entity';
import { CustomerProfile } from './referrals/customer-profile.entity';
import { ReferralInvitation } from './referrals/referral-invitation.entity';
import { Review } from './reviews/review.entity';
import { OrderAuditEntry } from './orders/order-audit-entry.entity';
import { DeliveryZoneReplica } from './replicas/delivery-zone-replica.entity';
import { MenuItemReplica } from './replicas/menu-item-replica.entity';
import { RestaurantConfigReplica } from './replicas/restaurant-config-replica.entity';
import { RestaurantReplica } from './replicas/restaurant-replica.entity';

export const orderingEntities = [Coupon, CouponRedemption, RestaurantConfigReplica, RestaurantReplica, MenuItemReplica, DeliveryZoneReplica, Order, OrderItem, OrderStatusHistory, OrderAuditEntry, IdempotencyKey, LoyaltyAccount, LoyaltyEntry, CustomerProfile, ReferralInvitation, Review];
