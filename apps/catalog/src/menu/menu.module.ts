import { Module } from '@nestjs/common';
import { CategoryAnnouncer } from './category-announcer';
import { BulkUpdatePricesHandler } from './commands/bulk-update-prices/bulk-update-prices.handler';
import { BulkUpdatePricesService } from './commands/bulk-update-prices/bulk-update-prices.service';
import { CreateCategoryHandler } from './commands/create-category/create-category.handler';
import { CreateCategoryService } from './commands/create-category/create-category.service';
import { CreateMenuItemHandler } from './commands/create-item/create-menu-item.handler';
import { CreateMenuItemService } from './commands/create-item/create-menu-item.service';
import { DeleteCategoryHandler } from './commands/delete-category/delete-category.handler';
import { DeleteCategoryService } from './commands/delete-category/delete-category.service';
import { DeleteMenuItemHandler } from './commands/delete-item/delete-menu-item.handler';
import { DeleteMenuItemService } from './commands/delete-item/delete-menu-item.service';
import { ImportMenuHandler } from './commands/import-menu/import-menu.handler';
import { ImportMenuService } from './commands/import-menu/import-menu.service';
import { OrderCreatedHandler } from './commands/record-item-orders/order-created.handler';
import { RecordItemOrdersService } from './commands/record-item-orders/record-item-orders.service';
import { ReorderCategoriesHandler } from './commands/reorder-categories/reorder-categories.handler';
import { ReorderCategoriesService } from './commands/reorder-categories/reorder-categories.service';
import { Item86edHandler } from './commands/set-item-availability/item-86ed.handler';
import { SetItemAvailabilityHandler } from './commands/set-item-availability/set-item-availability.handler';
import { SetItemAvailabilityService } from './commands/set-item-availability/set-item-availability.service';
import { UpdateCategoryHandler } from './commands/update-category/update-category.handler';
import { UpdateCategoryService } from './commands/update-category/update-category.service';
import { UpdateMenuItemHandler } from './commands/update-item/update-menu-item.handler';
import { UpdateMenuItemService } from './commands/update-item/update-menu-item.service';
import { MenuItemWriter } from './menu-item-writer';
import { GetMyMenuHandler } from './queries/get-my-menu/get-my-menu.handler';

@Module({
  controllers: [
    CreateCategoryHandler, UpdateCategoryHandler, DeleteCategoryHandler, ReorderCategoriesHandler,
    CreateMenuItemHandler, UpdateMenuItemHandler, DeleteMenuItemHandler, SetItemAvailabilityHandler,
    BulkUpdatePricesHandler, ImportMenuHandler, GetMyMenuHandler, OrderCreatedHandler, Item86edHandler,
  ],
  providers: [
    MenuItemWriter, CategoryAnnouncer, CreateCategoryService, UpdateCategoryService, DeleteCategoryService, ReorderCategoriesService,
    CreateMenuItemService, UpdateMenuItemService, DeleteMenuItemService, SetItemAvailabilityService, BulkUpdatePricesService,
    ImportMenuService, RecordItemOrdersService,
  ],
  // /products (ProductsModule) works over the same items with the same services.
  exports: [MenuItemWriter, CreateCategoryService, CreateMenuItemService, DeleteMenuItemService],
})
export class MenuModule {}
