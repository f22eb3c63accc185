import { Injectable } from '@nestjs/common';
import { DeepPartial, FindOptionsWhere, ILike, In, Not, type QueryDeepPartialEntity } from 'typeorm';
import { TransactionHost } from '@platter/persistence';
import { User } from './user.entity';
import { phoneLookups } from './user-pii';

export interface UserFilter {
  role?: User['role'];
  status?: User['status'];
  /** Matches the email or the name, case-insensitively. */
  q?: string;
}

/** The users table. */
@Injectable()
export class UserRepository {
  constructor(private readonly tx: TransactionHost) {}

  findById(id: string): Promise<User | null> {
    return this.tx.repository(User).findOneBy({ id });
  }

  /** One page of accounts matching `filter`, newest first, with the total count. */
  page(filter: UserFilter, page: number, limit: number): Promise<[User[], number]> {
    return this.tx.repository(User).findAndCount({
      where: whereOf(filter),
      order: { created_at: 'DESC', id: 'ASC' },
      skip: (page - 1) * limit,
      take: limit,
    });
  }

  /** The account, its row locked until the transaction ends (two changes to one account queue). */
  findByIdForUpdate(id: string): Promise<User | null> {
    return this.tx.repository(User).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The account with this (lower-case) email. */
  findByEmail(email: string): Promise<User | null> {
    return this.tx.repository(User).findOneBy({ email });
  }

  /** The account holding this E.164 number, matched by its blind indexes (one per key of the ring). */
  findByPhone(phone: string): Promise<User | null> {
    return this.tx.repository(User).findOneBy({ phone_lookup: In(phoneLookups(phone)) });
  }

  /** Whether an account other than `userId` holds this E.164 number. */
  isPhoneHeldByAnother(phone: string, userId: string): Promise<boolean> {
    return this.tx.repository(User).existsBy({ phone_lookup: In(phoneLookups(phone)), id: Not(userId) });
  }

  findByIds(ids: string[]): Promise<User[]> {
    return this.tx.repository(User).findBy({ id: In(ids) });
  }

  /** Locks the account's row without reading it, to serialise work done on the account's behalf. */
  async lockAccount(id: string): Promise<void> {
    await this.tx.repository(User).createQueryBuilder('u').select('u.id').where('u.id = :id', { id }).setLock('pessimistic_write').getRawOne();
  }

  /** Inserts a new account; the columns `fields` leave out take their defaults (read them back with getById). */
  async insertAccount(fields: DeepPartial<User>): Promise<User> {
    const users = this.tx.repository(User);
    const user = users.create(fields);
    await users.insert(user);
    return user;
  }

  getById(id: string): Promise<User> {
    return this.tx.repository(User).findOneByOrFail({ id });
  }

  async updateColumns(id: string, changes: QueryDeepPartialEntity<User>): Promise<void> {
    await this.tx.repository(User).update(id, changes);
  }

  existsByEmail(email: string): Promise<boolean> {
    return this.tx.repository(User).existsBy({ email });
  }

  /** Whether any account holds this E.164 number, matched by its blind indexes. */
  existsByPhone(phone: string): Promise<boolean> {
    return this.tx.repository(User).existsBy({ phone_lookup: In(phoneLookups(phone)) });
  }

  /** Serialises admin bootstrap across instances until the transaction ends (there is no row to lock before the account exists). */
  async lockAdminBootstrap(): Promise<void> {
    // Raw: the builder cannot take an advisory lock.
    await this.tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.admin_bootstrap'))`);
  }

  /**
   * Counts a failed login, locking the account for `lockMinutes` when the count reaches `threshold`
   * (the count then restarts); the lock's end when this failure locked it, else null. A locked account
   * is left alone: Postgres re-checks the WHERE after waiting for a concurrent update.
   */
  async countFailedLogin(userId: string, threshold: number, lockMinutes: number): Promise<Date | null> {
    // Raw: one statement sets both columns from the old count under the row lock; the builder's update would also stamp updated_at.
    const [rows] = await this.tx.manager.query<[{ locked_until: Date | null }[], number]>(
      `UPDATE users SET
         failed_login_count = CASE WHEN failed_login_count + 1 >= $2 THEN 0 ELSE failed_login_count + 1 END,
         locked_until = CASE WHEN failed_login_count + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE NULL END
       WHERE id = $1 AND (locked_until IS NULL OR locked_until <= now())
       RETURNING locked_until`,
      [userId, threshold, lockMinutes],
    );
    return rows[0]?.locked_until ?? null;
  }

  /** Whether the account is locked now, by the database's clock. */
  async isLocked(userId: string): Promise<boolean> {
    const row = await this.tx.manager
      .createQueryBuilder()
      .select('u.locked_until > now()', 'locked')
      .from(User, 'u')
      .where('u.id = :userId', { userId })
      .getRawOne<{ locked: boolean | null }>();
    return row?.locked === true;
  }

  /** Clears the failed-login count and the lock; true when there was something to clear. */
  async clearFailedLogins(userId: string): Promise<boolean> {
    // Raw: a counter change must not stamp updated_at, which the builder's update always does.
    const [, count] = await this.tx.manager.query<[unknown[], number]>(
      `UPDATE users SET failed_login_count = 0, locked_until = NULL
       WHERE id = $1 AND (failed_login_count > 0 OR locked_until IS NOT NULL)`,
      [userId],
    );
    return count > 0;
  }
}

/** Role and status narrow the list; `q` matches the email or the name (an array of wheres is an OR). */
function whereOf({ role, status, q }: UserFilter): FindOptionsWhere<User> | FindOptionsWhere<User>[] {
  const base: FindOptionsWhere<User> = { ...(role ? { role } : {}), ...(status ? { status } : {}) };
  const text = q?.trim();
  if (!text) return base;
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return [
    { ...base, email: ILike(pattern) },
    { ...base, name: ILike(pattern) },
  ];
}
