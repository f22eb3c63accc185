import { ORDER_STATUSES } from '@platter/contracts';
import { MESSAGE_TEMPLATES, orderStatusTemplate, renderTemplate } from './message-templates';

describe('renderTemplate', () => {
  it('fills the variables of the French template', () => {
    expect(renderTemplate('order_confirmed', 'fr', { orderNumber: 'ORD-123' })).toBe('Commande #ORD-123 confirmée.');
  });

  it('fills the variables of the English template', () => {
    expect(renderTemplate('welcome', 'en', { name: 'Awa' })).toBe('Welcome to Platter, Awa!');
  });

  it('ignores variables the template does not use', () => {
    expect(renderTemplate('order_ready', 'fr', { orderNumber: 'ORD-9', eta: '20' })).toBe('Commande #ORD-9 prête.');
  });

  it('refuses an unknown template', () => {
    expect(() => renderTemplate('order_lost', 'fr', {})).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('refuses to send a message with a hole in it', () => {
    expect(() => renderTemplate('order_confirmed', 'en', {})).toThrow(
      expect.objectContaining({ code: 'VALIDATION_ERROR', message: 'Template order_confirmed needs the variable orderNumber' }),
    );
  });
});

describe('order status templates', () => {
  it.each(ORDER_STATUSES)('has a French and an English message for %s', (status) => {
    const key = orderStatusTemplate(status);
    expect(key).toBe(`order_${status}`);
    expect(MESSAGE_TEMPLATES[key]).toEqual({ fr: expect.stringContaining('{orderNumber}'), en: expect.stringContaining('{orderNumber}') });
  });
});
