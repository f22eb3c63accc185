import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { TicketStatus } from '@platter/contracts';

export type { TicketStatus };

export interface TicketLine {
  menu_item_id: string;
  name: string;
  quantity: number;
  notes?: string | null;
  /** The size chosen (order.created's lines), absent when the item has none. */
  variant_name?: string | null;
  /** The modifier options chosen, by name. */
  modifiers?: string[];
}

/** What the kitchen cooks for one order: drafted at placement, opened when the restaurant accepts. */
@Entity({ name: 'tickets' })
export class Ticket {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { unique: true }) order_id: string;
  @Column('text') order_number: string;
  @Column('uuid') restaurant_id: string;
  /** From order.created, so only the restaurant's owner sees its tickets. */
  @Column('uuid') restaurant_owner_id: string;
  @Column('text') status: TicketStatus;
  @Column('jsonb') lines: TicketLine[];
  @Column('text') delivery_type: string;
  @Column('timestamptz', { nullable: true }) opened_at: Date | null;
  @Column('timestamptz', { nullable: true }) started_at: Date | null;
  @Column('timestamptz', { nullable: true }) ready_at: Date | null;
  @Column('timestamptz', { nullable: true }) voided_at: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
