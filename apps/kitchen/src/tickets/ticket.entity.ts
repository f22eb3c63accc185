import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type TicketStatus = 'open' | 'in_progress' | 'done' | 'void';

export interface TicketLine {
  menu_item_id: string;
  name: string;
  quantity: number;
  notes?: string | null;
}

/** What the kitchen cooks for one order. */
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
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
