import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { CouponScope, CouponView, CreateCouponRequest, IdRequest, ListCouponsQuery, Page, RPC, UpdateCouponRequest } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { SuccessMessage } from '../../http/success-envelope';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/** Both coupon areas forward the same way; only the scope (and who may call) differs. */
class CouponRoutes {
  constructor(
    private readonly rpc: RpcClient,
    private readonly scope: CouponScope,
  ) {}

  create(body: CreateCouponRequest, actor: VerifiedActor, requestId: string): Promise<CouponView> {
    return this.rpc.call(RPC.ordering.createCoupon, { actor: actorOf(actor), data: { ...body, scope: this.scope } }, { correlationId: requestId });
  }

  list(query: ListCouponsQuery, actor: VerifiedActor, requestId: string): Promise<Page<CouponView>> {
    return this.rpc.call(RPC.ordering.listCoupons, { actor: actorOf(actor), data: { ...query, scope: this.scope } }, { correlationId: requestId });
  }

  get(id: string, actor: VerifiedActor, requestId: string): Promise<CouponView> {
    return this.rpc.call(RPC.ordering.getCoupon, { actor: actorOf(actor), data: { id, scope: this.scope } }, { correlationId: requestId });
  }

  update(id: string, body: UpdateCouponRequest, actor: VerifiedActor, requestId: string): Promise<CouponView> {
    return this.rpc.call(RPC.ordering.updateCoupon, { actor: actorOf(actor), data: { id, scope: this.scope, coupon: body } }, { correlationId: requestId });
  }

  remove(id: string, actor: VerifiedActor, requestId: string): Promise<{ deleted: true }> {
    return this.rpc.call(RPC.ordering.deleteCoupon, { actor: actorOf(actor), data: { id, scope: this.scope } }, { correlationId: requestId });
  }
}

/** A restaurant's own coupons: its owner and managers (ordering checks the membership role). */
@ApiTags('restaurant')
@Controller('restaurant/coupons')
export class RestaurantCouponsController {
  private readonly routes: CouponRoutes;
  constructor(rpc: RpcClient) {
    this.routes = new CouponRoutes(rpc, 'restaurant');
  }

  @Post()
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: "Create a coupon for your restaurant (owner or manager); 409 when the code is taken" })
  create(@Body() body: CreateCouponRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<CouponView> {
    return this.routes.create(body, actor, requestId);
  }

  @Get()
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: "Your restaurant's coupons, newest first" })
  list(@Query() query: ListCouponsQuery, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<CouponView>> {
    return this.routes.list(query, actor, requestId);
  }

  @Get(':id')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'One of your coupons, with its uses' })
  get(@Param() { id }: IdRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<CouponView> {
    return this.routes.get(id, actor, requestId);
  }

  @Put(':id')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'Change a coupon (only the fields given; null clears an optional one)' })
  update(@Param() { id }: IdRequest, @Body() body: UpdateCouponRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<CouponView> {
    return this.routes.update(id, body, actor, requestId);
  }

  @Delete(':id')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @SuccessMessage('Coupon deleted')
  @ApiOperation({ summary: 'Delete a coupon (its code becomes free again; past orders keep theirs)' })
  remove(@Param() { id }: IdRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<{ deleted: true }> {
    return this.routes.remove(id, actor, requestId);
  }
}

/** Platform-wide coupons, valid at every restaurant (in their currency): admins only. */
@ApiTags('admin')
@Controller('admin/coupons')
export class AdminCouponsController {
  private readonly routes: CouponRoutes;
  constructor(rpc: RpcClient) {
    this.routes = new CouponRoutes(rpc, 'platform');
  }

  @Post()
  @Authenticated('admin')
  @ApiOperation({ summary: 'Create a platform-wide coupon; 409 when the code is taken' })
  create(@Body() body: CreateCouponRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<CouponView> {
    return this.routes.create(body, actor, requestId);
  }

  @Get()
  @Authenticated('admin')
  @ApiOperation({ summary: 'Platform-wide coupons, newest first' })
  list(@Query() query: ListCouponsQuery, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<CouponView>> {
    return this.routes.list(query, actor, requestId);
  }

  @Get(':id')
  @Authenticated('admin')
  @ApiOperation({ summary: 'One platform-wide coupon' })
  get(@Param() { id }: IdRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<CouponView> {
    return this.routes.get(id, actor, requestId);
  }

  @Put(':id')
  @Authenticated('admin')
  @ApiOperation({ summary: 'Change a platform-wide coupon (only the fields given)' })
  update(@Param() { id }: IdRequest, @Body() body: UpdateCouponRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<CouponView> {
    return this.routes.update(id, body, actor, requestId);
  }

  @Delete(':id')
  @Authenticated('admin')
  @SuccessMessage('Coupon deleted')
  @ApiOperation({ summary: 'Delete a platform-wide coupon' })
  remove(@Param() { id }: IdRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<{ deleted: true }> {
    return this.routes.remove(id, actor, requestId);
  }
}
