import { MessagingTables1700000000000 } from '@platter/messaging';
import { CreateRestaurants1700000001000 } from './1700000001000-create-restaurants';
import { CreateMenus1700000002000 } from './1700000002000-create-menus';

export const catalogMigrations = [MessagingTables1700000000000, CreateRestaurants1700000001000, CreateMenus1700000002000];
