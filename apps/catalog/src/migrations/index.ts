import { MESSAGING_MIGRATIONS } from '@platter/messaging';
import { CreateRestaurants1700000001000 } from './1700000001000-create-restaurants';
import { CreateMenus1700000002000 } from './1700000002000-create-menus';
import { RestaurantOnboarding1700000003000 } from './1700000003000-restaurant-onboarding';
import { MenuDetails1700000004000 } from './1700000004000-menu-details';
import { PublicSearch1700000005000 } from './1700000005000-public-search';
import { CreateDeliveryZones1700000006000 } from './1700000006000-create-delivery-zones';
import { AddRequestedPlan1700000007000 } from './1700000007000-add-requested-plan';
import { ItemAvailabilityVersions1700000008000 } from './1700000008000-item-availability-versions';

export const catalogMigrations = [...MESSAGING_MIGRATIONS, CreateRestaurants1700000001000, CreateMenus1700000002000, RestaurantOnboarding1700000003000, MenuDetails1700000004000, PublicSearch1700000005000, CreateDeliveryZones1700000006000, AddRequestedPlan1700000007000, ItemAvailabilityVersions1700000008000];
