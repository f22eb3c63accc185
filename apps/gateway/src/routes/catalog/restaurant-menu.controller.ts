import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { BulkPriceRequest, CategoryView, CreateCategoryRequest, CreateMenuItemRequest, IdRequest, ImportMenuRequest, ItemAvailabilityBody, MenuImportResult, MenuItemView, ReorderCategoriesRequest, RestaurantMenu, RPC, UpdateCategoryBody, UpdateMenuItemBody } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { SuccessMessage } from '../../http/success-envelope';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/**
 * The restaurant's menu. Owners and managers edit it; every team member (staff included) reads it
 * and may switch an item's availability (86 it) during service.
 */
@ApiTags('restaurant')
@Controller('restaurant/menu')
export class RestaurantMenuController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'Your whole menu, unavailable items included' })
  menu(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantMenu> {
    return this.rpc.call(RPC.catalog.myMenu, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }

  @Post('categories')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'Add a menu category to your restaurant (after the existing ones)' })
  createCategory(@Body() body: CreateCategoryRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<CategoryView> {
    return this.rpc.call(RPC.catalog.createCategory, { actor: actorOf(actor), data: body }, { correlationId: requestId });
  }

  // Declared before categories/:id so that "reorder" is never read as an id.
  @Put('categories/reorder')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'Put every category of the menu in a new order' })
  reorderCategories(@Body() body: ReorderCategoriesRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<CategoryView[]> {
    return this.rpc.call(RPC.catalog.reorderCategories, { actor: actorOf(actor), data: body }, { correlationId: requestId });
  }

  @Put('categories/:id')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'Rename, translate or schedule a category (e.g. breakfast only in the morning)' })
  updateCategory(@Param() { id }: IdRequest, @Body() body: UpdateCategoryBody, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<CategoryView> {
    return this.rpc.call(RPC.catalog.updateCategory, { actor: actorOf(actor), data: { ...body, id } }, { correlationId: requestId });
  }

  @Delete('categories/:id')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @SuccessMessage('Category deleted')
  @ApiOperation({ summary: 'Delete a category; its items stay on the menu, uncategorized' })
  deleteCategory(@Param() { id }: IdRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<{ deleted: true }> {
    return this.rpc.call(RPC.catalog.deleteCategory, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }

  @Post('items')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'Add a menu item, with its variants and modifier groups' })
  createItem(@Body() body: CreateMenuItemRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<MenuItemView> {
    return this.rpc.call(RPC.catalog.createItem, { actor: actorOf(actor), data: body }, { correlationId: requestId });
  }

  @Post('items/bulk-price')
  @HttpCode(200)
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'Set many prices, or move a selection by a percentage; all or nothing' })
  bulkPrice(@Body() body: BulkPriceRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<{ items: MenuItemView[] }> {
    return this.rpc.call(RPC.catalog.bulkPrice, { actor: actorOf(actor), data: body }, { correlationId: requestId });
  }

  @Put('items/:id')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'Change a menu item (only the fields given)' })
  updateItem(@Param() { id }: IdRequest, @Body() body: UpdateMenuItemBody, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<MenuItemView> {
    return this.rpc.call(RPC.catalog.updateItem, { actor: actorOf(actor), data: { ...body, id } }, { correlationId: requestId });
  }

  @Put('items/:id/availability')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'Make an item unavailable (86 it) or available again; any team member' })
  setAvailability(@Param() { id }: IdRequest, @Body() body: ItemAvailabilityBody, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<MenuItemView> {
    return this.rpc.call(RPC.catalog.setItemAvailability, { actor: actorOf(actor), data: { ...body, id } }, { correlationId: requestId });
  }

  @Delete('items/:id')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @SuccessMessage('Menu item deleted')
  @ApiOperation({ summary: 'Remove an item from the menu' })
  deleteItem(@Param() { id }: IdRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<{ deleted: true }> {
    return this.rpc.call(RPC.catalog.deleteItem, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }

  @Post('import')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'Import a whole menu (categories, items, variants, modifiers) in one go; all or nothing' })
  import(@Body() body: ImportMenuRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<MenuImportResult> {
    return this.rpc.call(RPC.catalog.importMenu, { actor: actorOf(actor), data: body }, { correlationId: requestId });
  }
}
