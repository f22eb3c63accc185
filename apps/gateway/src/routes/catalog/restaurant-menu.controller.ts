import { Body, Controller, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { CategoryView, MenuItemView, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';
import { CreateCategoryDto } from './dto/create-category.dto';
import { CreateMenuItemDto } from './dto/create-menu-item.dto';

@ApiTags('restaurant')
@Controller('restaurant/menu')
export class RestaurantMenuController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('categories')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'Add a menu category to your restaurant' })
  createCategory(@Body() body: CreateCategoryDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<CategoryView> {
    return this.rpc.call(RPC.catalog.createCategory, { actor: actorOf(actor), data: body }, { correlationId: requestId });
  }

  @Post('items')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'Add a menu item to your restaurant' })
  createItem(@Body() body: CreateMenuItemDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<MenuItemView> {
    return this.rpc.call(RPC.catalog.createItem, { actor: actorOf(actor), data: body }, { correlationId: requestId });
  }
}
