import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the item's availability was last decided (the kitchen's item.86ed, a sell-out by an
 * order.created, by when each was made; an owner's change, by when catalog made it): an older
 * decision that arrives late moves nothing. See docs/event-ordering.md.
 */
export class ItemAvailabilityVersions1700000008000 implements MigrationInterface {
  name = 'ItemAvailabilityVersions1700000008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE menu_items ADD COLUMN availability_changed_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE menu_items DROP COLUMN availability_changed_at`);
  }
}
