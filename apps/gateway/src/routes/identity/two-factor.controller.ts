import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { BackupCodesIssued, BackupCodesRemaining, RPC, TotpCodeRequest, TotpOrBackupCodeRequest, TwoFactorDisabledResult, TwoFactorEnabledResult, TwoFactorSetupResult } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { RateLimit } from '../../rate-limit/rate-limit.decorator';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/** TOTP two-factor authentication of the signed-in user. */
@ApiTags('auth')
@Controller('auth/2fa')
export class TwoFactorController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('setup')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'A new TOTP secret and otpauth:// URI; 2FA stays off until verified (409 when already on)' })
  setUp(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<TwoFactorSetupResult> {
    return this.rpc.call(RPC.identity.twoFactorSetup, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }

  @Post('verify')
  @RateLimit('login', 'user') // a 6-digit code is guessable without a tight limit
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'Turn 2FA on with a code from the app; answers the ten backup codes, shown only here' })
  verify(@Body() body: TotpCodeRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<TwoFactorEnabledResult> {
    return this.rpc.call(RPC.identity.twoFactorVerify, { actor: actorOf(actor), data: body }, { correlationId: requestId });
  }

  @Post('disable')
  @RateLimit('login', 'user') // a 6-digit code is guessable without a tight limit
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'Turn 2FA off with a code from the app or a backup code' })
  disable(@Body() body: TotpOrBackupCodeRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<TwoFactorDisabledResult> {
    return this.rpc.call(RPC.identity.twoFactorDisable, { actor: actorOf(actor), data: body }, { correlationId: requestId });
  }

  @Get('backup-codes')
  @Authenticated()
  @ApiOperation({ summary: 'How many unused backup codes remain (the codes are never shown again)' })
  backupCodes(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<BackupCodesRemaining> {
    return this.rpc.call(RPC.identity.backupCodesRemaining, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }

  @Post('backup-codes')
  @RateLimit('login', 'user') // a 6-digit code is guessable without a tight limit
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'Ten new backup codes for a code from the app; the old ones stop working' })
  regenerateBackupCodes(@Body() body: TotpCodeRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<BackupCodesIssued> {
    return this.rpc.call(RPC.identity.backupCodesRegenerate, { actor: actorOf(actor), data: body }, { correlationId: requestId });
  }
}
