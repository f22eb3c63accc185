import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDrivers1700000001000 implements MigrationInterface {
  name = 'CreateDrivers1700000001000';

  async up(q: QueryRunner): Promise<void> {
    // id is the driver's user id in identity: one driver profile per user.
    await q.query(`
      CREATE TABLE drivers (
        id uuid PRIMARY KEY,
        status text NOT NULL CHECK (status IN ('pending', 'approved', 'suspended')),
        vehicle_type text,
        vehicle_plate text,
        online boolean NOT NULL DEFAULT false,
        last_lat double precision,
        last_lng double precision,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX drivers_available ON drivers (status, online)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE drivers`);
  }
}
