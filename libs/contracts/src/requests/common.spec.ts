import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AdminRefundOrderRpcRequest, PlaceGuestOrderRpcRequest, PlaceOrderRpcRequest, StaffPlaceOrderRpcRequest } from './ordering';
import { AdminCreditWalletRequest, CardCheckoutRequest, InitiateMobileMoneyRequest, RequestDriverPayoutRequest, WalletTopupRequest } from './payments';

/** The messages of every order and money POST carry the gateway's Idempotency-Key under one rule. */
const KEYED: Array<[string, new () => object]> = [
  ['PlaceOrderRpcRequest', PlaceOrderRpcRequest],
  ['PlaceGuestOrderRpcRequest', PlaceGuestOrderRpcRequest],
  ['StaffPlaceOrderRpcRequest', StaffPlaceOrderRpcRequest],
  ['AdminRefundOrderRpcRequest', AdminRefundOrderRpcRequest],
  ['AdminCreditWalletRequest', AdminCreditWalletRequest],
  ['CardCheckoutRequest', CardCheckoutRequest],
  ['InitiateMobileMoneyRequest', InitiateMobileMoneyRequest],
  ['RequestDriverPayoutRequest', RequestDriverPayoutRequest],
  ['WalletTopupRequest', WalletTopupRequest],
];

const keyErrors = (cls: new () => object, idempotency_key: unknown) =>
  validateSync(plainToInstance(cls, { idempotency_key })).filter((e) => e.property === 'idempotency_key').flatMap((e) => Object.values(e.constraints ?? {}));

describe('IsIdempotencyKey on every keyed message', () => {
  it.each(KEYED)('%s takes 1 to 255 printable ASCII characters, as the gateway header does', (_name, cls) => {
    for (const good of ['k-1', '3b241101-e2bb-4255-8caf-4136c566a962', 'x'.repeat(255), '~!#$%&*+./:;=?@^_|']) expect(keyErrors(cls, good)).toEqual([]);
    for (const bad of ['', 'two words', 'tab\there', 'é', 'x'.repeat(256)]) expect(keyErrors(cls, bad)).toEqual(['idempotency_key must be 1 to 255 visible ASCII characters']);
  });
});
