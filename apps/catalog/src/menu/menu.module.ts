import { Module } from '@nestjs/common';
import { CreateCategoryHandler } from './commands/create-category/create-category.handler';
import { CreateCategoryService } from './commands/create-category/create-category.service';
import { CreateMenuItemHandler } from './commands/create-item/create-menu-item.handler';
import { CreateMenuItemService } from './commands/create-item/create-menu-item.service';
import { OrderCreatedHandler } from './commands/record-item-orders/order-created.handler';
import { RecordItemOrdersService } from './commands/record-item-orders/record-item-orders.service';
import { GetPublicMenuHandler } from './queries/get-public-menu/get-public-menu.handler';

@Module({
  controllers: [CreateCategoryHandler, CreateMenuItemHandler, OrderCreatedHandler, GetPublicMenuHandler],
  providers: [CreateCategoryService, CreateMenuItemService, RecordItemOrdersService],
})
export class MenuModule {}
