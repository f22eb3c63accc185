import { Body, Controller, Delete, Get, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { AddStaffMemberRequest, IdRequest, RPC, StaffMemberRemoved, StaffMemberView, StaffRoleRequest } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { SuccessMessage } from '../../http/success-envelope';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/**
 * The team of the restaurant the caller's token acts for. Served by
 * identity, which owns memberships because tokens are issued from them; identity also enforces
 * who may manage whom (owner: managers and staff; manager: staff).
 */
@ApiTags('restaurant')
@Controller('restaurant/staff')
export class RestaurantStaffController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: 'The team: owner, managers, staff' })
  list(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<StaffMemberView[]> {
    return this.rpc.call(RPC.identity.staffList, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }

  @Post()
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @SuccessMessage('Staff member added')
  @ApiOperation({ summary: 'Add a manager or staff member by email (an account is made for a new email)' })
  add(@Body() body: AddStaffMemberRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<StaffMemberView> {
    return this.rpc.call(RPC.identity.staffAdd, { actor: actorOf(actor), data: body }, { correlationId: requestId });
  }

  @Put(':id')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: "Change a member's role (the owner only, for managers)" })
  changeRole(@Param() { id }: IdRequest, @Body() body: StaffRoleRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<StaffMemberView> {
    return this.rpc.call(RPC.identity.staffChangeRole, { actor: actorOf(actor), data: { id, ...body } }, { correlationId: requestId });
  }

  @Delete(':id')
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @SuccessMessage('Staff member removed')
  @ApiOperation({ summary: 'Take someone off the team; their sessions end at once' })
  remove(@Param() { id }: IdRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<StaffMemberRemoved> {
    return this.rpc.call(RPC.identity.staffRemove, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }
}
