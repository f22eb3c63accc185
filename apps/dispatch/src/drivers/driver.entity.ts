import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { DriverStatus, VehicleType } from '@platter/contracts';

export type { DriverStatus };
/** Who suspended a driver: an admin (POST /admin/drivers/:id/suspend) or the user's account (identity's user.status-changed, user.deleted). */
export type SuspendedBy = 'admin' | 'account';

/** A driver's profile, onboarding status and last known position; id is the driver's user id. */
@Entity({ name: 'drivers' })
export class Driver {
  @PrimaryColumn('uuid') id: string;
  /** From user.registered and user.profile-updated (or the driver's own PUT /driver/profile): what restaurants see in driver_assigned. */
  @Column('text', { nullable: true }) name: string | null;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('text') status: DriverStatus;
  @Column('text', { nullable: true }) vehicle_type: VehicleType | null;
  @Column('text', { nullable: true }) vehicle_plate: string | null;
  @Column('text', { nullable: true }) license_number: string | null;
  @Column('text', { nullable: true }) rejection_reason: string | null;
  @Column('text', { nullable: true }) suspension_reason: string | null;
  @Column('text', { nullable: true }) suspended_by: SuspendedBy | null;
  /** The status a reinstatement (or the account's reactivation) goes back to. */
  @Column('text', { nullable: true }) suspended_from: Exclude<DriverStatus, 'suspended'> | null;
  @Column('timestamptz', { nullable: true }) reviewed_at: Date | null;
  @Column('uuid', { nullable: true }) reviewed_by: string | null;
  /** When identity made the profile change name and phone come from (user.profile-updated's occurred_at): an older one moves nothing. */
  @Column('timestamptz', { nullable: true }) profile_changed_at: Date | null;
  /** When identity made the account status change last applied (user.status-changed's occurred_at): an older one moves nothing. */
  @Column('timestamptz', { nullable: true }) account_status_at: Date | null;
  /** user.deleted: personal data erased; the profile stays (deliveries refer to it), suspended for good. */
  @Column('timestamptz', { nullable: true }) erased_at: Date | null;
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
