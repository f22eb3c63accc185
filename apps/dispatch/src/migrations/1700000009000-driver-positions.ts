import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The location pipeline rewrites every moving driver's row twice a second. Room left on each
 * page keeps those updates HOT (no index touched, no new index entries), and a lower vacuum
 * threshold reclaims the dead versions before the table bloats.
 */
export class DriverPositions1700000009000 implements MigrationInterface {
  name = 'DriverPositions1700000009000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE drivers SET (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 200)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE drivers RESET (fillfactor, autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold)`);
  }
}
