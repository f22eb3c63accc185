import { Module } from '@nestjs/common';
import { MenuModule } from '../menu/menu.module';
import { CreateProductHandler } from './commands/create-product/create-product.handler';
import { CreateProductService } from './commands/create-product/create-product.service';
import { DeleteProductHandler } from './commands/delete-product/delete-product.handler';
import { UpdateProductHandler } from './commands/update-product/update-product.handler';
import { UpdateProductService } from './commands/update-product/update-product.service';
import { ProductCategories } from './product-categories';
import { GetProductHandler } from './queries/get-product/get-product.handler';
import { ListProductsHandler } from './queries/list-products/list-products.handler';

/** 001's /products over the menu's items. */
@Module({
  imports: [MenuModule],
  controllers: [ListProductsHandler, GetProductHandler, CreateProductHandler, UpdateProductHandler, DeleteProductHandler],
  providers: [ProductCategories, CreateProductService, UpdateProductService],
})
export class ProductsModule {}
