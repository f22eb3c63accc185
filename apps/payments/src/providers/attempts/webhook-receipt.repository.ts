import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@platter/persistence';
import { WebhookReceipt } from './webhook-receipt.entity';

/** The webhook_receipts table: every webhook received, with what it did. */
@Injectable()
export class WebhookReceiptRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Inserts a receipt; for a first delivery, null when the event was already received (a duplicate).
   * Raw SQL: the conflict target is a partial unique index (first deliveries only).
   */
  async insert(r: { provider: string; eventId: string | null; valid: boolean; first: boolean; rawBody: string; headers: Record<string, string>; query: Record<string, string>; outcome: string }): Promise<string | null> {
    const rows: Array<{ id: string }> = await this.tx.manager.query(
      `INSERT INTO webhook_receipts (id, provider, event_id, signature_valid, first_delivery, payload, headers, query, outcome)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (provider, event_id) WHERE first_delivery DO NOTHING RETURNING id`,
      [randomUUID(), r.provider, r.eventId, r.valid, r.first && r.eventId !== null, r.rawBody.slice(0, 65536), JSON.stringify(r.headers), JSON.stringify(r.query), r.outcome],
    );
    return rows[0]?.id ?? null;
  }

  async recordOutcome(id: string, outcome: string, attemptId: string | null): Promise<void> {
    await this.tx.repository(WebhookReceipt).update(id, { outcome, attempt_id: attemptId });
  }
}
