import { ValueTransformer } from 'typeorm';
import { PiiCipher, PiiCipherError } from './pii-cipher';

/**
 * The PII cipher of one service, set once at start-up from its config. TypeORM builds column
 * transformers from decorators, outside dependency injection, so they read the cipher from here.
 */
export class PiiKeyring {
  private cipher: PiiCipher | null = null;

  use(cipher: PiiCipher): void {
    this.cipher = cipher;
  }

  get(): PiiCipher {
    if (!this.cipher) throw new PiiCipherError('the PII keyring was not configured (PII_ENCRYPTION_KEYS) before personal data was read or written');
    return this.cipher;
  }
}

/**
 * A column transformer storing a string column as PiiCipher ciphertext; null stays null. Find
 * conditions go through it as well and would never match (random IVs): search through a blind index.
 */
export function encryptedColumn(keyring: PiiKeyring): ValueTransformer {
  return {
    to: (value: unknown) => (typeof value === 'string' ? keyring.get().encrypt(value) : value),
    from: (value: unknown) => (typeof value === 'string' ? keyring.get().decrypt(value) : value),
  };
}
