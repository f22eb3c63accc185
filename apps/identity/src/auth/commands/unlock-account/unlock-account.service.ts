import { Injectable } from '@nestjs/common';
import { UnlockAccountData, UnlockAccountResult } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { IdentityException } from '../../../identity.exception';
import { LoginAttempts } from '../../login-attempts';

/**
 * The emailed unlock link: spends the one-time token and lifts every sign-in lock of its account,
 * including the account-wide one, so the next right password gets in. An unknown, used or expired
 * token gets one answer.
 */
@Injectable()
export class UnlockAccountService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly attempts: LoginAttempts,
  ) {}

  async unlock(data: UnlockAccountData): Promise<UnlockAccountResult> {
    const userId = await this.tx.run(() => this.attempts.unlockWithToken(data?.token));
    if (!userId) throw IdentityException.invalidOneTimeToken();
    return { unlocked: true };
  }
}
