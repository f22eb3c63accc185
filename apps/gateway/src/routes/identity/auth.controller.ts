import { Body, Controller, HttpCode, Optional, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Public, VerifiedActor } from '@platter/auth';
import { AuthResult, ClientInfo, LoginRequest, LogoutRequest, LogoutResult, PlatterError, RefreshRequest, RegisterRequest, RPC, UnlockAccountRequest, UnlockAccountResult } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { ClientContext, RequestId } from '../../http/request-params';
import { SuccessMessage } from '../../http/success-envelope';
import { FailedAuthLimiter } from '../../rate-limit/failed-auth-limiter';
import { RateLimit } from '../../rate-limit/rate-limit.decorator';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/** Identity's login answers that mean "wrong credentials": each counts toward the per-IP failed-authentication limit. */
const FAILED_CREDENTIALS = new Set(['INVALID_CREDENTIALS', 'INVALID_TOTP']);

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly rpc: RpcClient,
    // Absent when rate limits are off.
    @Optional() private readonly failedAuth?: FailedAuthLimiter,
  ) {}

  /** Runs a credential check: refused up front for an IP past the failure limit, and counts its failure. */
  private async checkingCredentials<T>(ip: string | undefined, check: () => Promise<T>): Promise<T> {
    await this.failedAuth?.refuseIfExceeded(ip);
    try {
      return await check();
    } catch (err) {
      if (err instanceof PlatterError && FAILED_CREDENTIALS.has(err.code)) await this.failedAuth?.recordFailure(ip);
      throw err;
    }
  }

  @Post('register')
  @Public()
  @RateLimit('register', 'ip')
  @SuccessMessage('Account created')
  @ApiOperation({ summary: 'Sign up (customer, restaurant_owner or driver) and get a token pair' })
  register(@Body() body: RegisterRequest, @RequestId() requestId: string): Promise<AuthResult> {
    return this.rpc.call(RPC.identity.register, { actor: null, data: body }, { correlationId: requestId });
  }

  @Post('login')
  @Public()
  @RateLimit('login', 'ip')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in with email and password (and TOTP code when 2FA is on)' })
  login(@Body() body: LoginRequest, @ClientContext() client: ClientInfo, @RequestId() requestId: string): Promise<AuthResult> {
    // The client's address: wrong passwords lock the account only for the address they came from.
    return this.checkingCredentials(client.ip, () => this.rpc.call(RPC.identity.login, { actor: null, data: { ...body, client } }, { correlationId: requestId }));
  }

  /**
   * Not under the failed-authentication limit: a refresh token has 256 random bits (nothing to guess),
   * while legitimate apps routinely present stale ones (past the session's lifetime, ended by a logout
   * or a password reset, rotated by another tab first). Counting those would let a NAT's users lock
   * each other out of refreshing and signing in; a reused token still ends its family in identity.
   */
  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Trade a refresh token for a new pair (the old one stops working)' })
  refresh(@Body() body: RefreshRequest, @ClientContext() client: ClientInfo, @RequestId() requestId: string): Promise<AuthResult> {
    return this.rpc.call(RPC.identity.refresh, { actor: null, data: { ...body, client } }, { correlationId: requestId });
  }

  @Post('unlock')
  @Public()
  @RateLimit('password_reset', 'ip')
  @HttpCode(200)
  @SuccessMessage('Account unlocked; log in with your password')
  @ApiOperation({ summary: "Lift the sign-in locks with the unlock link's token (emailed when wrong passwords lock the account)" })
  unlock(@Body() body: UnlockAccountRequest, @RequestId() requestId: string): Promise<UnlockAccountResult> {
    return this.rpc.call(RPC.identity.unlockAccount, { actor: null, data: body }, { correlationId: requestId });
  }

  @Post('logout')
  @HttpCode(200)
  @Authenticated()
  @SuccessMessage('Logged out')
  @ApiOperation({ summary: 'End the session' })
  logout(@Body() body: LogoutRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<LogoutResult> {
    const data = { ...body, session_id: actor.sid };
    return this.rpc.call(RPC.identity.logout, { actor: actorOf(actor), data }, { correlationId: requestId });
  }
}
