import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type DriverStatus = 'pending' | 'approved' | 'suspended';

/** A driver's profile and last known position; id is the driver's user id. */
@Entity({ name: 'drivers' })
export class Driver {
  @PrimaryColumn('uuid') id: string;
  @Column('text') status: DriverStatus;
  @Column('text', { nullable: true }) vehicle_type: string | null;
  @Column('text', { nullable: true }) vehicle_plate: string | null;
  @Column('boolean', { default: false }) online: boolean;
  @Column('double precision', { nullable: true }) last_lat: number | null;
  @Column('double precision', { nullable: true }) last_lng: number | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
