import { MigrationInterface, QueryRunner } from 'typeorm';

/** Ordering's menu copy learns each item's variants, modifier groups and schedule (menu.item-changed). */
export class MenuItemReplicaDetails1700000011000 implements MigrationInterface {
  name = 'MenuItemReplicaDetails1700000011000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE menu_item_replicas
        ADD COLUMN variants jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN modifier_groups jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN availability_schedule jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE menu_item_replicas DROP COLUMN variants, DROP COLUMN modifier_groups, DROP COLUMN availability_schedule`);
  }
}
