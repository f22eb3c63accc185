import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@platter/persistence';
import { AuditEntry } from './audit-entry.entity';

export interface AuditEntryFilter {
  userId?: string;
  actorId?: string;
  action?: string;
  from?: Date | null;
  to?: Date | null;
}

/** The audit_log table: append-only, read by admins newest first. */
@Injectable()
export class AuditEntryRepository {
  constructor(private readonly tx: TransactionHost) {}

  async insert(entry: Omit<AuditEntry, 'id' | 'at'>): Promise<void> {
    await this.tx.repository(AuditEntry).insert({ id: randomUUID(), ...entry, at: new Date() });
  }

  /** One page of entries matching `filter`, newest first, with the total count. */
  page(filter: AuditEntryFilter, page: number, limit: number): Promise<[AuditEntry[], number]> {
    const builder = this.tx.repository(AuditEntry).createQueryBuilder('e');
    // target is text (a failed login's target is the email tried), so the id is compared as text.
    if (filter.userId) builder.andWhere('(e.target = :userId OR e.actor_id = CAST(:userId AS uuid))', { userId: filter.userId });
    if (filter.actorId) builder.andWhere('e.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.action) builder.andWhere('e.action = :action', { action: filter.action });
    if (filter.from) builder.andWhere('e.at >= :from', { from: filter.from });
    if (filter.to) builder.andWhere('e.at < :to', { to: filter.to });
    return builder
      .orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'ASC')
      .skip((page - 1) * limit)
      .take(limit)
      .getManyAndCount();
  }

  /** Entries naming the account by its email (failed logins name the email tried) that it made, or nobody did, name it by id instead. */
  async retargetAccountEntries(email: string, userId: string): Promise<void> {
    await this.tx
      .repository(AuditEntry)
      .createQueryBuilder()
      .update()
      .set({ target: userId })
      .where('target = :email AND (actor_id = :userId OR actor_id IS NULL)', { email, userId })
      .execute();
  }
}
