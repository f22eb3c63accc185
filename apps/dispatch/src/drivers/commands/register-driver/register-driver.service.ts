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
      await manager.query(`INSERT INTO drivers (id, status) VALUES ($1, 'pending') ON CONFLICT (id) DO NOTHING`, [user.user_id]);
      return this.tx.repository(Driver).findOneByOrFail({ id: user.user_id });
    });
  }
}
