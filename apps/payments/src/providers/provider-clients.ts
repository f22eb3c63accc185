import { Injectable } from '@nestjs/common';
import { PaymentsConfig } from '../payments.config';
import { CampayClient } from './campay/campay.client';
import { MobileMoneyClient } from './domain/mobile-money';
import { NoupayClient } from './noupay/noupay.client';
import { PaymobClient } from './paymob/paymob.client';
import { MobileMoneyProvider } from './providers.config';
import { StripeClient } from './stripe/stripe.client';

/** The four provider clients, built once from config (their tokens are cached per process). */
@Injectable()
export class ProviderClients {
  readonly campay: CampayClient;
  readonly noupay: NoupayClient;
  readonly stripe: StripeClient;
  readonly paymob: PaymobClient;

  constructor(readonly config: PaymentsConfig) {
    const timeoutMs = config.PAYMENT_PROVIDER_TIMEOUT_MS;
    this.campay = new CampayClient({ baseUrl: trimSlash(config.CAMPAY_BASE_URL), username: config.CAMPAY_USERNAME, password: config.CAMPAY_PASSWORD, timeoutMs });
    this.noupay = new NoupayClient({ baseUrl: trimSlash(config.NOUPAY_BASE_URL), apiKey: config.NOUPAY_API_KEY, timeoutMs });
    this.stripe = new StripeClient({ baseUrl: trimSlash(config.STRIPE_BASE_URL), secretKey: config.STRIPE_SECRET_KEY, timeoutMs });
    this.paymob = new PaymobClient({
      baseUrl: trimSlash(config.PAYMOB_BASE_URL),
      apiKey: config.PAYMOB_API_KEY,
      integrationId: config.PAYMOB_INTEGRATION_ID,
      iframeId: config.PAYMOB_IFRAME_ID,
      timeoutMs,
    });
  }

  mobileMoney(name: MobileMoneyProvider): MobileMoneyClient {
    return name === 'campay' ? this.campay : this.noupay;
  }

  /**
   * The providers to try for a mobile-money payment, in order: the one the payer chose, then the
   * rest of PRIMARY/BACKUP (the fallback), without repeats.
   */
  mobileMoneyChain(chosen: MobileMoneyProvider): MobileMoneyProvider[] {
    const configured = [this.config.PAYMENT_MOBILE_MONEY_PRIMARY, this.config.PAYMENT_MOBILE_MONEY_BACKUP].filter((p): p is MobileMoneyProvider => p !== 'none');
    const others = configured.filter((p) => p !== chosen);
    return [chosen, ...(this.config.PAYMENT_MOBILE_MONEY_BACKUP === 'none' ? [] : others)];
  }
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
