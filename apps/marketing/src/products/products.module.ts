import { Module } from '@nestjs/common';
import { CopyProductService } from './commands/copy-product/copy-product.service';
import { MenuItemChangedConsumer } from './commands/copy-product/menu-item-changed.consumer';

/** Marketing's copy of the menus (campaigns and product figures name them). */
@Module({
  controllers: [MenuItemChangedConsumer],
  providers: [CopyProductService],
})
export class ProductsModule {}
