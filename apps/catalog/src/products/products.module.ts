import { Module } from '@nestjs/common';
import { MenuModule } from '../menu/menu.module';
import { RestaurantAccessModule } from '../restaurants/restaurant-access.module';
import { CreateProductRpc } from './commands/create-product/create-product.rpc';
import { CreateProductService } from './commands/create-product/create-product.service';
import { UpdateProductRpc } from './commands/update-product/update-product.rpc';
import { UpdateProductService } from './commands/update-product/update-product.service';
import { ProductCategories } from './product-categories';
import { ProductScope } from './product-scope';
import { GetProductRpc } from './queries/get-product/get-product.rpc';
import { GetProductService } from './queries/get-product/get-product.service';
import { ListProductsRpc } from './queries/list-products/list-products.rpc';
import { ListProductsService } from './queries/list-products/list-products.service';

/** The camelCase /products routes, served over the menu's items. */
@Module({
  imports: [MenuModule, RestaurantAccessModule],
  controllers: [ListProductsRpc, GetProductRpc, CreateProductRpc, UpdateProductRpc],
  providers: [ProductScope, ProductCategories, CreateProductService, UpdateProductService, ListProductsService, GetProductService],
})
export class ProductsModule {}
