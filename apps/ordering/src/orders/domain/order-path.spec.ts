import { pathTo } from './order-path';

describe('pathTo', () => {
  it('is one step for the next status', () => {
    expect(pathTo('created', 'confirmed', 'delivery')).toEqual({ kind: 'steps', steps: ['confirmed'] });
    expect(pathTo('accepted', 'preparing', 'pickup')).toEqual({ kind: 'steps', steps: ['preparing'] });
  });

  it('fills in the steps an overtaking event skipped, in order', () => {
    expect(pathTo('ready', 'in_transit', 'delivery')).toEqual({ kind: 'steps', steps: ['assigned', 'picked_up', 'in_transit'] });
    expect(pathTo('accepted', 'ready', 'delivery')).toEqual({ kind: 'steps', steps: ['preparing', 'ready'] });
    expect(pathTo('preparing', 'delivered', 'delivery')).toEqual({ kind: 'steps', steps: ['ready', 'assigned', 'picked_up', 'in_transit', 'delivered'] });
  });

  it('says already for the same status or one the order has passed', () => {
    expect(pathTo('assigned', 'assigned', 'delivery')).toEqual({ kind: 'already' });
    expect(pathTo('picked_up', 'assigned', 'delivery')).toEqual({ kind: 'already' });
    expect(pathTo('completed', 'delivered', 'delivery')).toEqual({ kind: 'already' });
    expect(pathTo('ready', 'preparing', 'pickup')).toEqual({ kind: 'already' });
  });

  it('finds nothing from a cancelled order, nor a driver step for a pickup order', () => {
    expect(pathTo('cancelled', 'confirmed', 'delivery')).toEqual({ kind: 'unreachable' });
    expect(pathTo('cancelled', 'preparing', 'delivery')).toEqual({ kind: 'unreachable' });
    expect(pathTo('ready', 'assigned', 'pickup')).toEqual({ kind: 'unreachable' });
    expect(pathTo('ready', 'completed', 'dine_in')).toEqual({ kind: 'steps', steps: ['completed'] });
  });

  it('never goes through cancelled', () => {
    expect(pathTo('created', 'accepted', 'delivery')).toEqual({ kind: 'steps', steps: ['confirmed', 'accepted'] });
  });
});
