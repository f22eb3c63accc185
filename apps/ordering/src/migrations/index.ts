import { MESSAGING_MIGRATIONS } from '@platter/messaging';
import { CreateReplicas1700000001000 } from './1700000001000-create-replicas';
import { CreateOrders1700000002000 } from './1700000002000-create-orders';
import { AddGuestOrders1700000003000 } from './1700000003000-add-guest-orders';
import { MenuItemReplicaDetails1700000011000 } from './1700000011000-menu-item-replica-details';
import { CreateDeliveryZoneReplicas1700000012000 } from './1700000012000-create-delivery-zone-replicas';
import { AddRestaurantReplicaProfile1700000013000 } from './1700000013000-add-restaurant-replica-profile';
import { AddOrderSagaColumns1700000014000 } from './1700000014000-add-order-saga-columns';
import { CreatePricingAndCoupons1700000015000 } from './1700000015000-create-pricing-and-coupons';
import { AddRestaurantReplicaHours1700000016000 } from './1700000016000-add-restaurant-replica-hours';
import { AddOrderSagaState1700000020000 } from './1700000020000-add-order-saga-state';
import { CreateLoyalty1700000025000 } from './1700000025000-create-loyalty';
import { CreateReferralsAndReviews1700000026000 } from './1700000026000-create-referrals-and-reviews';
import { IdempotencyKeysCreatedAt1700000030000 } from './1700000030000-idempotency-keys-created-at';

export const orderingMigrations = [
  ...MESSAGING_MIGRATIONS,
  CreateReplicas1700000001000,
  CreateOrders1700000002000,
  AddGuestOrders1700000003000,
  MenuItemReplicaDetails1700000011000,
  CreateDeliveryZoneReplicas1700000012000,
  AddRestaurantReplicaProfile1700000013000,
  AddOrderSagaColumns1700000014000,
  CreatePricingAndCoupons1700000015000,
  AddRestaurantReplicaHours1700000016000,
  AddOrderSagaState1700000020000,
  CreateLoyalty1700000025000,
  CreateReferralsAndReviews1700000026000,
  IdempotencyKeysCreatedAt1700000030000,
];
