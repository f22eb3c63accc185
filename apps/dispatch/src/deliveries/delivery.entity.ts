import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { DeliveryStatus } from '@platter/contracts';

/** The trip that brings one delivery order from its restaurant to its customer. */
@Entity({ name: 'deliveries' })
export class Delivery {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { unique: true }) order_id: string;
  @Column('uuid') restaurant_id: string;
  @Column('uuid', { nullable: true }) customer_id: string | null;
  @Column('text') status: DeliveryStatus;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
