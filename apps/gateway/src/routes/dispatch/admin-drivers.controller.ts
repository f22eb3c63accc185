import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { AdminDriverDetail, AdminDriversRequest, AdminDriverView, DriverDocumentContent, DriverReviewReasonBody, Page, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';
import { IdRequest as IdParamDto } from '@platter/contracts';
import { DriverDocumentParamDto } from './path-params';

/** Drivers' onboarding review (dispatch): every move is audited and announced (driver.status-changed). */
@ApiTags('admin')
@Controller('admin/drivers')
export class AdminDriversController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Authenticated('admin')
  @ApiOperation({ summary: 'Drivers, oldest first (the review queue), by status, online, or a search on name, phone, plate, licence' })
  list(@Query() query: AdminDriversRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<AdminDriverView>> {
    return this.rpc.call(RPC.dispatch.adminListDrivers, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }

  @Get(':id')
  @Authenticated('admin')
  @ApiOperation({ summary: 'One driver with their documents and the history of their status (who, when, why)' })
  get(@Param() { id }: IdParamDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<AdminDriverDetail> {
    return this.rpc.call(RPC.dispatch.adminGetDriver, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }

  @Get(':id/documents/:documentId')
  @Authenticated('admin')
  @ApiOperation({ summary: 'One of the driver\'s documents with its content (base64)' })
  document(@Param() { id, documentId }: DriverDocumentParamDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<DriverDocumentContent> {
    return this.rpc.call(RPC.dispatch.adminGetDriverDocument, { actor: actorOf(actor), data: { driver_id: id, document_id: documentId } }, { correlationId: requestId });
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOperation({ summary: 'Approve a pending (or rejected) driver with a vehicle on file: they may go online (422 DRIVER_PROFILE_INCOMPLETE without a vehicle, or a plate for anything but a bicycle)' })
  approve(@Param() { id }: IdParamDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<AdminDriverView> {
    return this.rpc.call(RPC.dispatch.approveDriver, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOperation({ summary: 'Reject a pending driver, saying why (the driver sees the reason)' })
  reject(@Param() { id }: IdParamDto, @Body() { reason }: DriverReviewReasonBody, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<AdminDriverView> {
    return this.rpc.call(RPC.dispatch.rejectDriver, { actor: actorOf(actor), data: { id, reason } }, { correlationId: requestId });
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOperation({ summary: 'Suspend a driver, saying why: offline at once and offered no work' })
  suspend(@Param() { id }: IdParamDto, @Body() { reason }: DriverReviewReasonBody, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<AdminDriverView> {
    return this.rpc.call(RPC.dispatch.suspendDriver, { actor: actorOf(actor), data: { id, reason } }, { correlationId: requestId });
  }

  @Post(':id/reinstate')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOperation({ summary: "Lift an admin's suspension (back to the status it interrupted; the driver goes online again themselves)" })
  reinstate(@Param() { id }: IdParamDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<AdminDriverView> {
    return this.rpc.call(RPC.dispatch.reinstateDriver, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }
}
