import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { AdminRestaurantDetail, AdminRestaurantsRequest, DocumentParamRequest, IdRequest, Page, RestaurantDocumentContent, RestaurantDocumentView, RestaurantReviewBody, RestaurantSubscriptionView, RestaurantView, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

@ApiTags('admin')
@Controller('admin/restaurants')
export class AdminRestaurantsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Authenticated('admin')
  @ApiOperation({ summary: 'Restaurants to review (oldest first), optionally of one status' })
  list(@Query() query: AdminRestaurantsRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<RestaurantView>> {
    return this.rpc.call(RPC.catalog.adminListRestaurants, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }

  @Get(':id')
  @Authenticated('admin')
  @ApiOperation({ summary: 'One restaurant, whatever its status, with its documents' })
  get(@Param() { id }: IdRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<AdminRestaurantDetail> {
    return this.rpc.call(RPC.catalog.adminGetRestaurant, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }

  @Get(':id/documents')
  @Authenticated('admin')
  @ApiOperation({ summary: "A restaurant's KYC documents" })
  async documents(@Param() { id }: IdRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantDocumentView[]> {
    const detail = await this.rpc.call(RPC.catalog.adminGetRestaurant, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
    return detail.documents;
  }

  @Get(':id/documents/:documentId')
  @Authenticated('admin')
  @ApiOperation({ summary: 'One KYC document with its content (base64)' })
  document(@Param() { id, documentId }: DocumentParamRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantDocumentContent> {
    return this.rpc.call(RPC.catalog.adminGetDocument, { actor: actorOf(actor), data: { restaurant_id: id, document_id: documentId } }, { correlationId: requestId });
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOperation({ summary: 'Approve a pending restaurant (it becomes public)' })
  approve(@Param() { id }: IdRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantView> {
    return this.rpc.call(RPC.catalog.approveRestaurant, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }

  @Post(':id/subscription/confirm')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOperation({ summary: "Apply the cheaper-commission plan the owner asked for, once it has been paid" })
  confirmPlan(@Param() { id }: IdRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantSubscriptionView> {
    return this.rpc.call(RPC.catalog.confirmSubscriptionPlan, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOperation({ summary: 'Reject a pending restaurant, saying why (the owner sees the reason)' })
  reject(@Param() { id }: IdRequest, @Body() { reason }: RestaurantReviewBody, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantView> {
    return this.rpc.call(RPC.catalog.rejectRestaurant, { actor: actorOf(actor), data: { id, reason } }, { correlationId: requestId });
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOperation({ summary: 'Suspend an approved restaurant: it leaves the public list and takes no orders' })
  suspend(@Param() { id }: IdRequest, @Body() { reason }: RestaurantReviewBody, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantView> {
    return this.rpc.call(RPC.catalog.suspendRestaurant, { actor: actorOf(actor), data: { id, reason } }, { correlationId: requestId });
  }

  @Post(':id/reinstate')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOperation({ summary: 'Reinstate a suspended restaurant (approved again)' })
  reinstate(@Param() { id }: IdRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantView> {
    return this.rpc.call(RPC.catalog.reinstateRestaurant, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }
}
