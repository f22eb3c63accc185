import { Injectable } from '@nestjs/common';
import { UserRegistered } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { Driver } from '../../driver.entity';

/** Opens a pending driver profile for every user who registers as a driver (once per user). */
@Injectable()
export class RegisterDriverService {
  constructor(private readonly tx: TransactionHost) {}

  /** The driver's profile, or null when the user is not a driver. */
  async register(user: UserRegistered): Promise<Driver | null> {
    if (user.role !== 'driver') return null;
    return this.tx.run(async (manager) => {
      // A profile opened on demand (the driver's own request came first) learns its name and phone here.
      await manager.query(
        `INSERT INTO drivers (id, status, name, phone) VALUES ($1, 'pending', $2, $3)
         ON CONFLICT (id) DO UPDATE SET name = COALESCE(drivers.name, EXCLUDED.name), phone = COALESCE(drivers.phone, EXCLUDED.phone)`,
        [user.user_id, user.name, user.phone ?? null],
      );
      return this.tx.repository(Driver).findOneByOrFail({ id: user.user_id });
    });
  }
}
