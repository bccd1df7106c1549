// The error every shopper-facing configurator path throws for choices that cannot be bought.
import { DomainError } from '../shared/index.ts';
import type { Violation } from './types.ts';

/** A configuration that cannot be bought as sent: BAD_REQUEST with every violation listed. */
export class InvalidConfigurationError extends DomainError {
  constructor(readonly violations: Violation[]) {
    super('invalid_input', `This configuration cannot be ordered: ${violations.map((v) => v.message).join(' ')}`, fieldsOf(violations));
  }
}

function fieldsOf(violations: Violation[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const v of violations) (fields[v.group ? `choices.${v.group}` : 'choices'] ??= []).push(v.message);
  return fields;
}
