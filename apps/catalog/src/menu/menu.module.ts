import { Module } from '@nestjs/common';
import { RestaurantAccessModule } from '../restaurants/restaurant-access.module';
import { CategoryAnnouncer } from './category-announcer';
import { BulkUpdatePricesRpc } from './commands/bulk-update-prices/bulk-update-prices.rpc';
import { BulkUpdatePricesService } from './commands/bulk-update-prices/bulk-update-prices.service';
import { CreateCategoryRpc } from './commands/create-category/create-category.rpc';
import { CreateCategoryService } from './commands/create-category/create-category.service';
import { CreateMenuItemRpc } from './commands/create-item/create-menu-item.rpc';
import { CreateMenuItemService } from './commands/create-item/create-menu-item.service';
import { DeleteCategoryRpc } from './commands/delete-category/delete-category.rpc';
import { DeleteCategoryService } from './commands/delete-category/delete-category.service';
import { DeleteMenuItemRpc } from './commands/delete-item/delete-menu-item.rpc';
import { DeleteMenuItemService } from './commands/delete-item/delete-menu-item.service';
import { ImportMenuRpc } from './commands/import-menu/import-menu.rpc';
import { ImportMenuService } from './commands/import-menu/import-menu.service';
import { OrderCreatedConsumer } from './commands/record-item-orders/order-created.consumer';
import { RecordItemOrdersService } from './commands/record-item-orders/record-item-orders.service';
import { ReorderCategoriesRpc } from './commands/reorder-categories/reorder-categories.rpc';
import { ReorderCategoriesService } from './commands/reorder-categories/reorder-categories.service';
import { Item86edConsumer } from './commands/set-item-availability/item-86ed.consumer';
import { SetItemAvailabilityRpc } from './commands/set-item-availability/set-item-availability.rpc';
import { SetItemAvailabilityService } from './commands/set-item-availability/set-item-availability.service';
import { UpdateCategoryRpc } from './commands/update-category/update-category.rpc';
import { UpdateCategoryService } from './commands/update-category/update-category.service';
import { UpdateMenuItemRpc } from './commands/update-item/update-menu-item.rpc';
import { UpdateMenuItemService } from './commands/update-item/update-menu-item.service';
import { MenuCategoryRepository } from './menu-category.repository';
import { MenuItemWriter } from './menu-item-writer';
import { MenuItemRepository } from './menu-item.repository';
import { GetMyMenuRpc } from './queries/get-my-menu/get-my-menu.rpc';
import { GetMyMenuService } from './queries/get-my-menu/get-my-menu.service';

@Module({
  imports: [RestaurantAccessModule],
  controllers: [
    CreateCategoryRpc, UpdateCategoryRpc, DeleteCategoryRpc, ReorderCategoriesRpc,
    CreateMenuItemRpc, UpdateMenuItemRpc, DeleteMenuItemRpc, SetItemAvailabilityRpc,
    BulkUpdatePricesRpc, ImportMenuRpc, GetMyMenuRpc, OrderCreatedConsumer, Item86edConsumer,
  ],
  providers: [
    MenuItemRepository, MenuCategoryRepository, MenuItemWriter, CategoryAnnouncer, CreateCategoryService, UpdateCategoryService, DeleteCategoryService, ReorderCategoriesService,
    CreateMenuItemService, UpdateMenuItemService, DeleteMenuItemService, SetItemAvailabilityService, BulkUpdatePricesService,
    ImportMenuService, RecordItemOrdersService, GetMyMenuService,
  ],
  // /products (ProductsModule) works over the same items with the same services.
  exports: [MenuItemRepository, MenuCategoryRepository, MenuItemWriter, CreateCategoryService, CreateMenuItemService, DeleteMenuItemService],
})
export class MenuModule {}
