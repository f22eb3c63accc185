import { PlatterError } from '@platter/contracts';
import { PageRequest, pageOf } from './page';
import { validData } from './rpc-request';

describe('PageRequest', () => {
  it('defaults to the first page of 20', () => {
    expect({ ...validData(PageRequest, {}) }).toEqual({ page: 1, limit: 20 });
    expect({ ...validData(PageRequest, undefined) }).toEqual({ page: 1, limit: 20 });
  });

  it('reads numbers given as query-string text', () => {
    expect({ ...validData(PageRequest, { page: '3', limit: '5' }) }).toEqual({ page: 3, limit: 5 });
  });

  it('caps the limit at 100', () => {
    expect(() => validData(PageRequest, { limit: 101 })).toThrow(PlatterError);
  });

  it('counts the pages', () => {
    expect(pageOf([], { page: 1, limit: 20 }, 41).pagination).toEqual({ page: 1, limit: 20, total: 41, totalPages: 3 });
  });
});
