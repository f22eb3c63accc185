import { ValueTransformer } from 'typeorm';

/** node-postgres hands NUMERIC back as a string; these columns hold rates and coordinates, not money. */
export const numericAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
