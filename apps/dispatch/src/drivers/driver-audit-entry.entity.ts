import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DriverAuditAction, DriverStatus } from '@platter/contracts';

/** One move of a driver's status: who (an admin, the driver re-applying, or the account), when, why. */
@Entity({ name: 'driver_audit_log' })
export class DriverAuditEntry {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') driver_id: string;
  @Column('text') action: DriverAuditAction;
  @Column('text') from_status: DriverStatus;
  @Column('text') to_status: DriverStatus;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('uuid', { nullable: true }) actor_id: string | null;
  @Column('text', { nullable: true }) actor_role: string | null;
  @Column('timestamptz', { default: () => 'now()' }) at: Date;
}
