import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@platter/auth';
import { GuestSessionStarted, GuestSessionTokenRequest, GuestSessionView, RPC, StartGuestSessionRequest } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { RateLimit } from '../../rate-limit/rate-limit.decorator';

/**
 * Guest sessions: an opaque token, no access token. A guest calls only public routes, which
 * the guest policy already limits per IP; a JWT would count them per user instead.
 */
@ApiTags('guest')
@Controller('guest/session')
@RateLimit('guest', 'ip')
export class GuestSessionsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Public()
  @ApiOperation({ summary: 'Start a guest session (7 days); the token is shown only here' })
  start(@Body() body: StartGuestSessionRequest, @RequestId() requestId: string): Promise<GuestSessionStarted> {
    return this.rpc.call(RPC.identity.guestSessionStart, { actor: null, data: body }, { correlationId: requestId });
  }

  @Get(':token')
  @Public()
  @ApiOperation({ summary: 'A live guest session by its token (404 when unknown or expired)' })
  get(@Param() { token }: GuestSessionTokenRequest, @RequestId() requestId: string): Promise<GuestSessionView> {
    return this.rpc.call(RPC.identity.guestSessionGet, { actor: null, data: { token } }, { correlationId: requestId });
  }
}
