import { NotificationLocale, OrderStatus, SecurityAlertKind } from '@platter/contracts';
import { AccountLinkPurpose } from './account-links';
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

// Typed by kind, so a new security alert does not compile until it has its message.
const SECURITY_ALERT_TEMPLATES: Record<`security_alert_${SecurityAlertKind}`, Record<NotificationLocale, string>> = {
  security_alert_refresh_token_reuse: {
    fr: "{name}, une session de votre compte Platter a été fermée le {occurredAt} : un jeton de connexion déjà utilisé a été présenté à nouveau. Si ce n'était pas vous, changez votre mot de passe.",
    en: '{name}, a session of your Platter account was ended at {occurredAt}: a sign-in token that had already been used was presented again. If this was not you, change your password.',
  },
};

// The links carry a single-use token; identity decides how long each one works. Typed by purpose, so
// a new kind of link does not compile until it has its message.
const ACCOUNT_LINK_TEMPLATES: Record<AccountLinkPurpose, Record<NotificationLocale, string>> = {
  password_reset: {
    fr: "{name}, pour choisir un nouveau mot de passe Platter, ouvrez ce lien avant {expiresAt} : {link}. Si vous n'avez rien demandé, ignorez ce message.",
    en: '{name}, to choose a new Platter password, open this link before {expiresAt}: {link}. If you did not ask for it, ignore this message.',
  },
  email_verification: {
    fr: '{name}, confirmez votre adresse email Platter avec ce lien avant {expiresAt} : {link}',
    en: '{name}, confirm your Platter email address with this link before {expiresAt}: {link}',
  },
  account_unlock: {
    fr: "{name}, la connexion à votre compte Platter a été bloquée après plusieurs mots de passe erronés. Pour la débloquer, ouvrez ce lien avant {expiresAt} : {link}. Si ce n'était pas vous, changez votre mot de passe.",
    en: '{name}, sign-in to your Platter account was locked after several wrong passwords. To unlock it, open this link before {expiresAt}: {link}. If this was not you, change your password.',
  },
};

// The fleet's SMS texts, kept short enough for one SMS; only the brand name varies.
const OTP_TEMPLATES: Record<'otp', Record<NotificationLocale, string>> = {
  otp: { fr: 'Votre code Platter: {otp}. Expire dans 5 minutes.', en: 'Your Platter code: {otp}. Expires in 5 minutes.' },
};

/** Message templates by key and locale; `{name}` marks a variable. */
export const MESSAGE_TEMPLATES: Record<string, Record<NotificationLocale, string>> = {
  welcome: { fr: 'Bienvenue sur Platter, {name} !', en: 'Welcome to Platter, {name}!' },
  ...ORDER_TEMPLATES,
  ...ACCOUNT_LINK_TEMPLATES,
  ...SECURITY_ALERT_TEMPLATES,
  ...OTP_TEMPLATES,
};

/** The template that tells a customer their order reached `status`. */
export function orderStatusTemplate(status: OrderStatus): string {
  return `order_${status}`;
}

/** The email that tells an account holder about a security alert of this kind. */
export function securityAlertTemplate(kind: SecurityAlertKind): string {
  return `security_alert_${kind}`;
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
