import { Column, Entity, PrimaryColumn } from 'typeorm';
import { OrderStatus } from '@platter/contracts';

/** Every move of an order's status: who, when, why. */
@Entity({ name: 'order_status_history' })
export class OrderStatusHistory {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') order_id: string;
  /** Null for the order's creation. */
  @Column('text', { nullable: true }) from_status: OrderStatus | null;
  @Column('text') to_status: OrderStatus;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('uuid', { nullable: true }) actor_id: string | null;
  @Column('timestamptz', { default: () => 'now()' }) at: Date;
}
