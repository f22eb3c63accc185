import { Body, Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { AdminUserListRequest, IdRequest, Page, PublicUser, RPC, SetUserStatusRequest } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/** Admins manage accounts; identity enforces the rules (admin only, never one's own status). */
@ApiTags('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Authenticated('admin')
  @ApiOperation({ summary: 'Every account, newest first, by role, status or a text in the email or name' })
  list(@Query() query: AdminUserListRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<PublicUser>> {
    return this.rpc.call(RPC.identity.adminListUsers, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }

  @Get(':id')
  @Authenticated('admin')
  @ApiOperation({ summary: 'One account' })
  get(@Param() { id }: IdRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<PublicUser> {
    return this.rpc.call(RPC.identity.adminGetUser, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }

  @Put(':id/status')
  @Authenticated('admin')
  @ApiOperation({
    summary: 'Activate, suspend or ban an account (not your own: 422)',
    description:
      'Suspending or banning ends every session: refresh tokens fail at once. Access tokens already issued ' +
      'stay valid elsewhere until they expire (15 minutes); /users/me refuses them at once.',
  })
  setStatus(
    @Param() { id }: IdRequest,
    @Body() body: SetUserStatusRequest,
    @CurrentActor() actor: VerifiedActor,
    @RequestId() requestId: string,
  ): Promise<PublicUser> {
    return this.rpc.call(RPC.identity.adminSetUserStatus, { actor: actorOf(actor), data: { id, ...body } }, { correlationId: requestId });
  }

  @Delete(':id')
  @Authenticated('admin')
  @ApiOperation({
    summary: 'Erase an account (GDPR; not your own: 422)',
    description:
      'Anonymises the account (email, name, phone, preferences, password, 2FA), ends every session and publishes ' +
      'user.deleted. The row stays, with status deleted, so ids elsewhere keep pointing at something. Answers the ' +
      'anonymised account; deleting it again answers the same.',
  })
  delete(@Param() { id }: IdRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<PublicUser> {
    return this.rpc.call(RPC.identity.adminDeleteUser, { actor: actorOf(actor), data: { id } }, { correlationId: requestId });
  }
}
