import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type DriverStatus = 'pending' | 'approved' | 'suspended';

/** A driver's profile and last known position; id is the driver's user id. */
@Entity({ name: 'drivers' })
export class Driver {
  @PrimaryColumn('uuid') id: string;
  /** From user.registered: what restaurants see in driver_assigned. */
  @Column('text', { nullable: true }) name: string | null;
  @Column('text') status: DriverStatus;
  @Column('text', { nullable: true }) vehicle_type: string | null;
  @Column('text', { nullable: true }) vehicle_plate: string | null;
  @Column('boolean', { default: false }) online: boolean;
  @Column('double precision', { nullable: true }) last_lat: number | null;
  @Column('double precision', { nullable: true }) last_lng: number | null;
  @Column('double precision', { nullable: true }) last_heading: number | null;
  @Column('double precision', { nullable: true }) last_speed: number | null;
  @Column('timestamptz', { nullable: true }) last_located_at: Date | null;
  /** When the last driver.location-updated left (the throttle). */
  @Column('timestamptz', { nullable: true }) location_published_at: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
