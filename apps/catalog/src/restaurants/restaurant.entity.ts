import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { HoursException, WeeklyHours } from '@platter/contracts';
import { numericAsNumber } from '../shared/numeric-column';
import { RestaurantStatus } from './domain/restaurant-status';
import { SubscriptionPlan } from './domain/subscription-plans';

/** A name and description in one language. */
export interface RestaurantTranslation {
  name?: string;
  description?: string;
}

/** A restaurant on the marketplace; listed publicly once an admin approved it. */
@Entity({ name: 'restaurants' })
export class Restaurant {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { unique: true }) owner_id: string;
  @Column('text') name: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('text') address: string;
  @Column('numeric', { precision: 10, scale: 8, nullable: true, transformer: numericAsNumber }) latitude: number | null;
  @Column('numeric', { precision: 11, scale: 8, nullable: true, transformer: numericAsNumber }) longitude: number | null;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('text', { nullable: true }) email: string | null;
  @Column('char', { length: 3 }) currency: string;
  @Column('numeric', { precision: 5, scale: 4, transformer: numericAsNumber }) commission_rate: number;
  @Column('text') status: RestaurantStatus;
  @Column('text', { unique: true }) slug: string;
  @Column('text', { array: true, default: () => "'{}'" }) cuisine_tags: string[];
  @Column('text', { default: 'Africa/Douala' }) timezone: string;
  @Column('jsonb', { default: () => "'{}'" }) opening_hours: WeeklyHours;
  @Column('jsonb', { default: () => "'[]'" }) hours_exceptions: HoursException[];
  @Column('text', { default: 'basic' }) subscription_plan: SubscriptionPlan;
  /** A cheaper-commission plan the owner asked for, applied once an admin confirms it (paid). */
  @Column('text', { nullable: true }) requested_plan?: SubscriptionPlan | null;
  /** Why an admin rejected or suspended it; cleared when it is approved. */
  @Column('text', { nullable: true }) rejection_reason: string | null;
  @Column('timestamptz', { nullable: true }) reviewed_at: Date | null;
  @Column('uuid', { nullable: true }) reviewed_by: string | null;
  @Column('numeric', { precision: 2, scale: 1, nullable: true, transformer: numericAsNumber }) rating: number | null;
  @Column('integer', { default: 0 }) rating_count: number;
  @Column('jsonb', { default: () => "'{}'" }) translations: Partial<Record<'en' | 'fr', RestaurantTranslation>>;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
