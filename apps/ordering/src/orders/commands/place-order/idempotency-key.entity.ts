import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { OrderView } from '@platter/contracts';

/** A customer's Idempotency-Key, the hash of the request that first used it and the answer it got. */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKey {
  @PrimaryColumn('uuid') customer_id: string;
  @PrimaryColumn('text') key: string;
  @Column('text') request_hash: string;
  /** Null only inside the transaction that claimed the key. */
  @Column('jsonb', { nullable: true }) response: OrderView | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
}
