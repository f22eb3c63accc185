import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Driver onboarding: a profile (vehicle, licence, contact), KYC documents whose bytes
 * live in the document store, an admin's review (approved, rejected with a reason, suspended,
 * reinstated) and its audit trail; a suspension remembers where it came from (an admin, or the
 * user's account) and the status to go back to.
 */
export class DriverOnboarding1700000004000 implements MigrationInterface {
  name = 'DriverOnboarding1700000004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE drivers DROP CONSTRAINT IF EXISTS drivers_status_check`);
    await q.query(`ALTER TABLE drivers ADD CONSTRAINT drivers_status_check CHECK (status IN ('pending', 'approved', 'rejected', 'suspended'))`);
    await q.query(`
      ALTER TABLE drivers
        ADD COLUMN phone text,
        ADD COLUMN license_number text,
        ADD COLUMN rejection_reason text,
        ADD COLUMN suspension_reason text,
        ADD COLUMN suspended_by text CHECK (suspended_by IN ('admin', 'account')),
        ADD COLUMN suspended_from text CHECK (suspended_from IN ('pending', 'approved', 'rejected')),
        ADD COLUMN reviewed_at timestamptz,
        ADD COLUMN reviewed_by uuid,
        ADD COLUMN erased_at timestamptz`);
    await q.query(`ALTER TABLE drivers ADD CONSTRAINT drivers_vehicle_type_check CHECK (vehicle_type IN ('bicycle', 'motorbike', 'car', 'van'))`);
    await q.query(`CREATE INDEX drivers_review_queue ON drivers (status, created_at)`);
    await q.query(`
      CREATE TABLE driver_documents (
        id uuid PRIMARY KEY,
        driver_id uuid NOT NULL REFERENCES drivers (id),
        type text NOT NULL CHECK (type IN ('id_card', 'driver_license', 'vehicle_registration', 'insurance')),
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes integer NOT NULL,
        storage_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX driver_documents_driver ON driver_documents (driver_id, created_at)`);
    await q.query(`
      CREATE TABLE driver_audit_log (
        id uuid PRIMARY KEY,
        driver_id uuid NOT NULL REFERENCES drivers (id),
        action text NOT NULL,
        from_status text NOT NULL,
        to_status text NOT NULL,
        reason text,
        actor_id uuid,
        actor_role text,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX driver_audit_log_driver ON driver_audit_log (driver_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE driver_audit_log`);
    await q.query(`DROP TABLE driver_documents`);
    await q.query(`DROP INDEX drivers_review_queue`);
    await q.query(`ALTER TABLE drivers DROP CONSTRAINT drivers_vehicle_type_check`);
    await q.query(`
      ALTER TABLE drivers
        DROP COLUMN phone, DROP COLUMN license_number, DROP COLUMN rejection_reason, DROP COLUMN suspension_reason,
        DROP COLUMN suspended_by, DROP COLUMN suspended_from, DROP COLUMN reviewed_at, DROP COLUMN reviewed_by, DROP COLUMN erased_at`);
    await q.query(`UPDATE drivers SET status = 'pending' WHERE status = 'rejected'`);
    await q.query(`ALTER TABLE drivers DROP CONSTRAINT drivers_status_check`);
    await q.query(`ALTER TABLE drivers ADD CONSTRAINT drivers_status_check CHECK (status IN ('pending', 'approved', 'suspended'))`);
  }
}
