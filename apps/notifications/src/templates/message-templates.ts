import { NotificationLocale, OrderStatus } from '@platter/contracts';
import { TemplateException } from './template.exception';

/** Until users choose a language, messages go out in the primary market's language (Cameroon). */
export const DEFAULT_LOCALE: NotificationLocale = 'fr';

// Typed by status, so a new order status does not compile until it has its message.
const ORDER_TEMPLATES: Record<`order_${OrderStatus}`, Record<NotificationLocale, string>> = {
  order_created: { fr: 'Commande #{orderNumber} reçue.', en: 'Order #{orderNumber} received.' },
  order_confirmed: { fr: 'Commande #{orderNumber} confirmée.', en: 'Order #{orderNumber} confirmed.' },
  order_accepted: { fr: 'Commande #{orderNumber} acceptée par le restaurant.', en: 'Order #{orderNumber} accepted by the restaurant.' },
  order_preparing: { fr: 'Commande #{orderNumber} en préparation.', en: 'Order #{orderNumber} is being prepared.' },
  order_ready: { fr: 'Commande #{orderNumber} prête.', en: 'Order #{orderNumber} is ready.' },
  order_assigned: { fr: 'Un livreur prend en charge la commande #{orderNumber}.', en: 'A driver is taking order #{orderNumber}.' },
  order_picked_up: { fr: 'Commande #{orderNumber} récupérée par le livreur.', en: 'Order #{orderNumber} picked up by the driver.' },
  order_in_transit: { fr: 'Commande #{orderNumber} en route.', en: 'Order #{orderNumber} is on its way.' },
  order_delivered: { fr: 'Commande #{orderNumber} livrée. Bon appétit !', en: 'Order #{orderNumber} delivered. Enjoy your meal!' },
  order_completed: { fr: 'Commande #{orderNumber} terminée. Merci !', en: 'Order #{orderNumber} completed. Thank you!' },
  order_cancelled: { fr: 'Commande #{orderNumber} annulée.', en: 'Order #{orderNumber} cancelled.' },
};

/** Message templates by key and locale; `{name}` marks a variable. */
export const MESSAGE_TEMPLATES: Record<string, Record<NotificationLocale, string>> = {
  welcome: { fr: 'Bienvenue sur Platter, {name} !', en: 'Welcome to Platter, {name}!' },
  ...ORDER_TEMPLATES,
};

/** The template that tells a customer their order reached `status`. */
export function orderStatusTemplate(status: OrderStatus): string {
  return `order_${status}`;
}

export function renderTemplate(key: string, locale: NotificationLocale, vars: Record<string, string>): string {
  const template = MESSAGE_TEMPLATES[key]?.[locale];
  if (template === undefined) throw new TemplateException('NOT_FOUND', `No template ${key} in ${locale}`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new TemplateException('VALIDATION_ERROR', `Template ${key} needs the variable ${name}`);
    return value;
  });
}
