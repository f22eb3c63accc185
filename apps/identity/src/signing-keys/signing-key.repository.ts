import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { SigningKeyRow } from './signing-key.entity';

/** The signing_keys table: at most one `current` key, the `previous` ones still published, the `retired`. */
@Injectable()
export class SigningKeyRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Every key, the newest activated first. */
  all(): Promise<SigningKeyRow[]> {
    return this.tx.repository(SigningKeyRow).find({ order: { activated_at: 'DESC' } });
  }

  findCurrent(): Promise<SigningKeyRow | null> {
    return this.tx.repository(SigningKeyRow).findOneBy({ state: 'current' });
  }

  /** Serialises every change to the keys across replicas until the transaction ends. */
  async lockChanges(): Promise<void> {
    // Raw: the builder cannot take an advisory lock.
    await this.tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.signing_keys'))`);
  }

  async insert(row: SigningKeyRow): Promise<void> {
    await this.tx.repository(SigningKeyRow).insert(row);
  }

  /** The current key `kid` becomes a previous one, superseded at `at`. */
  async supersede(kid: string, at: Date): Promise<void> {
    await this.tx.repository(SigningKeyRow).update({ kid, state: 'current' }, { state: 'previous', superseded_at: at });
  }

  /**
   * Retires, at `now`, every previous key superseded at least `windowSeconds` before it, dropping its
   * private half; answers their kids.
   */
  async retireSupersededBefore(now: Date, windowSeconds: number): Promise<string[]> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(SigningKeyRow)
      .set({ state: 'retired', retired_at: now, private_jwk: null })
      .where(`state = 'previous' AND superseded_at <= CAST(:now AS timestamptz) - make_interval(secs => :windowSeconds)`, { now, windowSeconds })
      .returning('kid')
      .updateEntity(false)
      .execute();
    return (result.raw as { kid: string }[]).map((row) => row.kid);
  }
}
