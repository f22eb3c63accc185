import { lintSnippet } from './lint-snippet';

// A feature's domain/ is plain TypeScript: the lint rule keeps the framework and every I/O library out.
const RULE = '@typescript-eslint/no-restricted-imports';
const DOMAIN_FILE = 'apps/ordering/src/orders/domain/probe.ts';

describe('domain/ stays framework-free', () => {
  it.each([
    ["import { Injectable } from '@nestjs/common';", 'Injectable'],
    ["import { RpcException } from '@nestjs/microservices';", 'RpcException'],
    ["import { DataSource } from 'typeorm';", 'DataSource'],
    ["import { Pool } from 'pg';", 'Pool'],
    ["import { connect } from 'amqplib';", 'connect'],
    ["import Redis from 'ioredis';", 'Redis'],
    ["import { Transactional } from '@platter/persistence';", 'Transactional'],
    ["import { EventPublisher } from '@platter/messaging';", 'EventPublisher'],
    ["import { RpcClient } from '@platter/service-kit';", 'RpcClient'],
  ])('refuses %s', (importLine, name) => {
    const errors = lintSnippet(DOMAIN_FILE, `${importLine}\nexport const x = ${name};\n`, RULE);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('domain/ is framework-free');
  });

  it('refuses a type-only import and a re-export too', () => {
    const code = "import type { EntityManager } from 'typeorm';\nexport type M = EntityManager;\nexport { Injectable } from '@nestjs/common';\n";
    expect(lintSnippet('apps/payments/src/ledger/domain/probe.ts', code, RULE)).toHaveLength(2);
  });

  it('passes a clean domain file (contracts and relative imports are fine)', () => {
    const code = [
      "import { toE164 } from '@platter/contracts';",
      "import { addMinutes } from './clock';",
      'export function deadline(now: Date, phone: string): { at: Date; phone: string } {',
      '  return { at: addMinutes(now, 15), phone: toE164(phone) };',
      '}',
      '',
    ].join('\n');
    expect(lintSnippet(DOMAIN_FILE, code)).toEqual([]);
  });

  it('leaves the adapters outside domain/ free to use Nest', () => {
    const code = "import { Injectable } from '@nestjs/common';\n@Injectable()\nexport class Probe {}\n";
    expect(lintSnippet('apps/ordering/src/orders/probe.ts', code, RULE)).toEqual([]);
  });
});
