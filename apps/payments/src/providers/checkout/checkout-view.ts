import { CheckoutView } from '@platter/contracts';
import { Payment } from '../../payments/payment.entity';
import { PaymentAttempt } from '../attempts/payment-attempt.entity';

export function toCheckoutView(payment: Payment, attempt: PaymentAttempt, extra: Partial<CheckoutView> = {}): CheckoutView {
  const view: CheckoutView = {
    payment_id: payment.id,
    order_id: payment.order_id,
    purpose: payment.purpose,
    method: payment.method,
    provider: attempt.provider,
    status: payment.status,
    amount: payment.amount,
    currency: payment.currency.trim(),
    reference: attempt.external_reference,
    provider_reference: attempt.provider_reference,
  };
  if (attempt.provider === 'campay' || attempt.provider === 'noupay') {
    Object.assign(view, { phone: attempt.phone, ussd_code: attempt.ussd_code, operator: attempt.operator });
  }
  if (attempt.provider === 'stripe') Object.assign(view, { client_secret: attempt.client_secret, payment_intent_id: attempt.provider_reference });
  if (attempt.provider === 'paymob') Object.assign(view, { iframe_url: attempt.redirect_url });
  return { ...view, ...extra };
}
