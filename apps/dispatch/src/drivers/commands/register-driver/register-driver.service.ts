import { Injectable } from '@nestjs/common';
import { UserRegistered } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { Driver } from '../../driver.entity';
import { DriverRepository } from '../../driver.repository';
import { DriverAccountService } from '../account-events/driver-account.service';

/**
 * Opens a pending driver profile for every user who registers as a driver (once per user), and
 * applies the account's news heard before it (a profile change, a suspension: early_account_news).
 * For a user who is no driver, that news is discarded: dispatch keeps nobody else's name or phone.
 */
@Injectable()
export class RegisterDriverService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly drivers: DriverRepository,
    private readonly accounts: DriverAccountService,
  ) {}

  /** The driver's profile, or null when the user is not a driver. */
  async register(user: UserRegistered): Promise<Driver | null> {
    return this.tx.run(async () => {
      await this.drivers.lockAccount(user.user_id);
      // Taken before the role check, so a non-driver's kept profile change goes too.
      const early = await this.drivers.takeEarlyAccountNews(user.user_id);
      if (user.role !== 'driver') return null;
      // Erased before this registration arrived: no profile, so no personal data comes back.
      if (await this.drivers.wasErased(user.user_id)) return null;
      // A profile opened on demand (the driver's own request came first) learns its name and phone here.
      await this.drivers.openForRegisteredUser({ id: user.user_id, name: user.name, phone: user.phone ?? null });
      for (const news of early) await this.accounts.applyOrKeep(user.user_id, news);
      return this.drivers.byIdOrFail(user.user_id);
    });
  }
}
