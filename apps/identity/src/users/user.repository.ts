import { Injectable } from '@nestjs/common';
import { FindOptionsWhere, ILike } from 'typeorm';
import { TransactionHost } from '@platter/persistence';
import { User } from './user.entity';

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
