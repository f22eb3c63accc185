import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CardCheckoutData, InitiateMobileMoneyData, MOBILE_MONEY_METHODS, MobileMoneyMethod, TOPUP_METHODS, TopupMethod, WalletTopupData } from '../../rpc/payments';
import { IsEntityId, IsMoneyAmount, IsPhoneNumber } from '../field-rules';
import { IsIdempotencyKey } from '../common';
import { IsCurrencyCode } from './common';

/** The largest top-up accepted at once, in minor units (1,000,000 XAF). */
export const MAX_TOPUP_AMOUNT = 1_000_000;

/** Body of POST /payments/{campay,noupay}/initiate. */
export class MobileMoneyCheckoutBody {
  @IsEntityId()
  order_id: string;

  @IsPhoneNumber('phone', { optional: true, description: 'the number to push the payment to (E.164 or a national form); defaults to the order’s payer phone' })
  phone?: string;
}

/** What payments checks: the body, the provider named by the route, and the Idempotency-Key header. */
export class InitiateMobileMoneyRequest extends MobileMoneyCheckoutBody implements InitiateMobileMoneyData {
  @IsIn(MOBILE_MONEY_METHODS)
  provider: MobileMoneyMethod;

  @IsIdempotencyKey()
  idempotency_key?: string;
}

/** Body of POST /payments/stripe/create-intent and POST /payments/paymob/initiate. */
export class CardCheckoutBody {
  @IsEntityId()
  order_id: string;
}

export class CardCheckoutRequest extends CardCheckoutBody implements CardCheckoutData {
  @IsIdempotencyKey()
  idempotency_key?: string;
}

/** Body of POST /client/wallet/topup. */
export class WalletTopupBody {
  @IsMoneyAmount({ max: MAX_TOPUP_AMOUNT, description: 'minor units of the currency (XAF has none), at most 1,000,000 at once' })
  amount: number;

  @ApiProperty({ enum: TOPUP_METHODS })
  @IsIn(TOPUP_METHODS)
  method: TopupMethod;

  @IsPhoneNumber('phone', { optional: true, description: 'required for campay and noupay (E.164 or a national form)' })
  phone?: string;

  @IsCurrencyCode()
  currency?: string;
}

export class WalletTopupRequest extends WalletTopupBody implements WalletTopupData {
  @IsIdempotencyKey()
  idempotency_key?: string;
}

export const WEBHOOK_PROVIDERS = ['campay', 'noupay', 'stripe', 'paymob'] as const;
export type WebhookProvider = (typeof WEBHOOK_PROVIDERS)[number];

/** The `:provider` of /payments/webhook/:provider. */
export class WebhookProviderParams {
  @ApiProperty({ enum: WEBHOOK_PROVIDERS })
  @IsIn(WEBHOOK_PROVIDERS)
  provider: WebhookProvider;
}
