import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { DeliveryStatus } from '@platter/contracts';

/** The trip that brings one delivery order from its restaurant to its customer. */
@Entity({ name: 'deliveries' })
export class Delivery {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { unique: true }) order_id: string;
  @Column('text', { nullable: true }) order_number: string | null;
  @Column('uuid') restaurant_id: string;
  @Column('uuid', { nullable: true }) customer_id: string | null;
  @Column('text') status: DeliveryStatus;
  @Column('uuid', { nullable: true }) driver_id: string | null;
  /** The code the customer gives the driver at the door (from order.created); never shown to drivers. */
  @Column('text', { nullable: true }) delivery_code: string | null;
  @Column('integer', { nullable: true }) delivery_fee: number | null;
  @Column('text', { nullable: true }) address: string | null;
  @Column('double precision', { nullable: true }) dest_lat: number | null;
  @Column('double precision', { nullable: true }) dest_lng: number | null;
  @Column('integer', { default: 0 }) wrong_code_attempts: number;
  @Column('timestamptz', { nullable: true }) available_at: Date | null;
  @Column('timestamptz', { nullable: true }) assigned_at: Date | null;
  @Column('timestamptz', { nullable: true }) picked_up_at: Date | null;
  @Column('timestamptz', { nullable: true }) in_transit_at: Date | null;
  @Column('timestamptz', { nullable: true }) delivered_at: Date | null;
  @Column('timestamptz', { nullable: true }) cancelled_at: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
