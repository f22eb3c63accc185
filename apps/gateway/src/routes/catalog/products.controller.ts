import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import {
  CreateProductRequest, listMenuItemsOf, ListProductsRequest, namedCategoryItemOf, Page, ProductIdParamRequest, productOf, ProductRequest, ProductView, RPC,
} from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { SuccessMessage } from '../../http/success-envelope';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/**
 * Products (camelCase fields), served over the menu's items: a restaurant's team manages its own; admins read
 * every restaurant's (writes stay with the team, who own the menu). The camelCase is this edge's: each
 * request is translated onto the menu's vocabulary catalog speaks, and each answer back.
 */
@ApiTags('products')
@Controller('products')
export class ProductsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Authenticated('restaurant_owner', 'restaurant_staff', 'admin')
  @ApiOperation({ summary: 'Products (menu items), filtered by category, isActive, search' })
  async list(@Query() query: ListProductsRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<ProductView>> {
    const page = await this.rpc.call(RPC.catalog.listProducts, { actor: actorOf(actor), data: listMenuItemsOf(query) }, { correlationId: requestId });
    return { ...page, items: page.items.map(productOf) };
  }

  @Get(':productId')
  @Authenticated('restaurant_owner', 'restaurant_staff', 'admin')
  @ApiOperation({ summary: 'One product' })
  async get(@Param() { productId }: ProductIdParamRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<ProductView> {
    return productOf(await this.rpc.call(RPC.catalog.getProduct, { actor: actorOf(actor), data: { id: productId } }, { correlationId: requestId }));
  }

  @Post()
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'Add a product (a menu item); image by URL' })
  async create(@Body() body: CreateProductRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<ProductView> {
    const data = { ...namedCategoryItemOf(body), name: body.name, price: body.price };
    return productOf(await this.rpc.call(RPC.catalog.createProduct, { actor: actorOf(actor), data }, { correlationId: requestId }));
  }

  @Put(':productId')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'Change a product (only the fields given)' })
  async update(@Param() { productId }: ProductIdParamRequest, @Body() body: ProductRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<ProductView> {
    const data = { ...namedCategoryItemOf(body), id: productId };
    return productOf(await this.rpc.call(RPC.catalog.updateProduct, { actor: actorOf(actor), data }, { correlationId: requestId }));
  }

  @Delete(':productId')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @SuccessMessage('Product deleted')
  @ApiOperation({ summary: 'Delete a product (the menu item leaves the menu)' })
  remove(@Param() { productId }: ProductIdParamRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<{ deleted: true }> {
    return this.rpc.call(RPC.catalog.deleteItem, { actor: actorOf(actor), data: { id: productId } }, { correlationId: requestId });
  }
}
