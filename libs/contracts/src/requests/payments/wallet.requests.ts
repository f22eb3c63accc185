import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { AdminCreditWalletData, AdminWalletQuery, ChargeWalletData, WalletEntriesQuery, WalletQuery } from '../../rpc/payments';
import { IsEntityId, IsMoneyAmount } from '../field-rules';
import { IsIdempotencyKey, PageRequest } from '../common';
import { IsCurrencyCode } from './common';

/** The largest goodwill credit at once, in minor units: a credit, not a top-up, capped to catch a slipped finger. */
export const MAX_WALLET_CREDIT = 10_000_000;

/** `?currency=` of GET /client/wallet, /admin/wallets/:user_id and /driver/earnings/summary. */
export class WalletQueryRequest implements WalletQuery {
  @IsCurrencyCode()
  currency?: string;
}

/** GET /client/wallet/transactions. */
export class WalletEntriesRequest extends PageRequest implements WalletEntriesQuery {
  @IsCurrencyCode()
  currency?: string;
}

/** Body of POST /payments/wallet/charge. */
export class ChargeWalletRequest implements ChargeWalletData {
  @IsEntityId({ description: 'A wallet order of yours whose payment is still open' })
  order_id: string;
}

/** The `:user_id` of /admin/wallets/:user_id. */
export class WalletUserParams {
  @IsEntityId()
  user_id: string;
}

/** GET /admin/wallets/:user_id as payments checks it: the path's user and the query. */
export class AdminWalletRequest extends WalletQueryRequest implements AdminWalletQuery {
  @IsEntityId()
  user_id: string;
}

/** Body of POST /admin/wallets/:user_id/credit. */
export class CreditWalletBody {
  @IsMoneyAmount({ max: MAX_WALLET_CREDIT, description: 'Minor units of the currency (XAF has none)' })
  amount: number;

  @IsCurrencyCode()
  currency?: string;

  @ApiProperty({ example: 'Goodwill: order arrived cold' })
  @IsString()
  @Length(1, 500)
  reason: string;
}

/** The credit as payments checks it: the body, the path's user and the Idempotency-Key header. */
export class AdminCreditWalletRequest extends CreditWalletBody implements AdminCreditWalletData {
  @IsEntityId()
  user_id: string;

  @IsIdempotencyKey()
  idempotency_key?: string;
}
