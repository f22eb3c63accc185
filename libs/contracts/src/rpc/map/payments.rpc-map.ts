import { Page, PageQuery } from '../catalog';
import { RpcContract } from '../rpc-contract';
import { RPC } from '../rpc-patterns';
import {
  AdminCreditWalletData,
  AdminWalletQuery,
  CardCheckoutData,
  ChargeWalletData,
  CheckoutView,
  CommissionsReport,
  CommissionsReportQuery,
  DriverEarningView,
  DriverEarningsSummary,
  InitiateMobileMoneyData,
  ListPaymentsData,
  MyPayoutsQuery,
  PaymentView,
  PayoutView,
  PayoutsQuery,
  PayoutsReport,
  ProviderWebhookAnswer,
  ProviderWebhookData,
  RequestDriverPayoutData,
  RunPayoutsData,
  SetPayoutStatusData,
  WalletCreditView,
  WalletEntriesQuery,
  WalletEntryView,
  WalletQuery,
  WalletTopupData,
  WalletView,
} from '../payments';

/**
 * payments's request/reply patterns with the request each takes and the result it answers. The gateway's
 * RpcClient.call and the service's @RpcEndpoint are both typed from this map.
 */
export interface PaymentsRpcMap {
  [RPC.payments.listPayments]: RpcContract<ListPaymentsData, PaymentView[]>;
  [RPC.payments.initiateMobileMoney]: RpcContract<InitiateMobileMoneyData, CheckoutView>;
  [RPC.payments.createStripeIntent]: RpcContract<CardCheckoutData, CheckoutView>;
  [RPC.payments.initiatePaymob]: RpcContract<CardCheckoutData, CheckoutView>;
  [RPC.payments.topUpWallet]: RpcContract<WalletTopupData, CheckoutView>;
  [RPC.payments.receiveWebhook]: RpcContract<ProviderWebhookData, ProviderWebhookAnswer>;
  [RPC.payments.getWallet]: RpcContract<WalletQuery, WalletView>;
  [RPC.payments.listWalletEntries]: RpcContract<WalletEntriesQuery, Page<WalletEntryView>>;
  [RPC.payments.chargeWallet]: RpcContract<ChargeWalletData, PaymentView>;
  [RPC.payments.adminCreditWallet]: RpcContract<AdminCreditWalletData, WalletCreditView>;
  [RPC.payments.adminGetWallet]: RpcContract<AdminWalletQuery, WalletView>;
  [RPC.payments.driverEarnings]: RpcContract<Partial<PageQuery>, Page<DriverEarningView>>;
  [RPC.payments.driverEarningsSummary]: RpcContract<WalletQuery, DriverEarningsSummary>;
  [RPC.payments.requestDriverPayout]: RpcContract<RequestDriverPayoutData, PayoutView>;
  [RPC.payments.listMyPayouts]: RpcContract<MyPayoutsQuery, Page<PayoutView>>;
  [RPC.payments.adminRunPayouts]: RpcContract<RunPayoutsData, { payouts: PayoutView[] }>;
  [RPC.payments.adminListPayouts]: RpcContract<PayoutsQuery, Page<PayoutView>>;
  [RPC.payments.adminSetPayoutStatus]: RpcContract<SetPayoutStatusData, PayoutView>;
  [RPC.payments.commissionsReport]: RpcContract<CommissionsReportQuery, CommissionsReport>;
  [RPC.payments.payoutsReport]: RpcContract<PayoutsQuery, PayoutsReport>;
}
