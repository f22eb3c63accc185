import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A login session, which is also one refresh-token family; its id is the access token's `sid`. */
@Entity({ name: 'sessions' })
export class Session {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') user_id: string;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @Column('timestamptz', { nullable: true }) revoked_at: Date | null;
  @Column('text', { nullable: true }) revoke_reason: string | null;
  /** The restaurant this session acts for, if the user is a member of one. */
  @Column('uuid', { nullable: true }) restaurant_id?: string | null;
}
