import { Injectable } from '@nestjs/common';
import { UserRegistered } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { Driver } from '../../driver.entity';
import { DriverRepository } from '../../driver.repository';

/** Opens a pending driver profile for every user who registers as a driver (once per user). */
@Injectable()
export class RegisterDriverService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly drivers: DriverRepository,
  ) {}

  /** The driver's profile, or null when the user is not a driver. */
  async register(user: UserRegistered): Promise<Driver | null> {
    if (user.role !== 'driver') return null;
    return this.tx.run(async () => {
      await this.drivers.lockAccount(user.user_id);
      // Erased before this registration arrived: no profile, so no personal data comes back.
      if (await this.drivers.wasErased(user.user_id)) return null;
      // A profile opened on demand (the driver's own request came first) learns its name and phone here.
      await this.drivers.openForRegisteredUser({ id: user.user_id, name: user.name, phone: user.phone ?? null });
      return this.drivers.byIdOrFail(user.user_id);
    });
  }
}
