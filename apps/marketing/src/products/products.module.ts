import { Module } from '@nestjs/common';
import { CopyProductService } from './commands/copy-product/copy-product.service';
import { MenuItemChangedHandler } from './commands/copy-product/menu-item-changed.handler';

/** Marketing's copy of the menus (campaigns and product figures name them). */
@Module({
  controllers: [MenuItemChangedHandler],
  providers: [CopyProductService],
})
export class ProductsModule {}
