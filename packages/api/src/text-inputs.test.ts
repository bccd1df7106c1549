// No text input lets a control character through: every string a procedure accepts (found by
// walking each procedure's zod input, so a new procedure is covered the moment it exists) and
// every string of every schema in @tandem/validators (which the HTTP routes and form actions
// also use) refuses NUL and other control characters with a field error, before any query.
import * as validators from '@tandem/validators';
import { NOT_ALLOWED_CHARACTERS } from '@tandem/validators';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { appRouter } from './root.ts';
import { allMessages, stringProbes } from './testing/string-probes.ts';

interface ProcedureDef {
  _def: { inputs: z.ZodType[] };
}

const procedures = Object.entries((appRouter._def as unknown as { procedures: Record<string, ProcedureDef> }).procedures);
const exportedSchemas = (Object.entries(validators) as [string, unknown][]).filter((entry): entry is [string, z.ZodType] => typeof entry[1] === 'object' && entry[1] !== null && '_zod' in entry[1]);

/** Whether `bad` survived parsing somewhere in the output (a value a `.catch()` dropped did not). */
function carries(value: unknown, bad: string): boolean {
  if (typeof value === 'string') return value.includes(bad);
  if (value instanceof Map) return [...value].some(([k, v]) => carries(k, bad) || carries(v, bad));
  if (value instanceof Set) return [...value].some((v) => carries(v, bad));
  if (typeof value === 'object' && value !== null) return Object.entries(value).some(([k, v]) => carries(k, bad) || carries(v, bad));
  return false;
}

/** The places where the schema let `bad` through, or refused it without the field error. */
async function leaks(schema: z.ZodType, bad: string): Promise<string[]> {
  const { probes, opaque } = stringProbes(schema, bad);
  const found = opaque.map((o) => `${o.where} (a ${o.type} the walk cannot see into)`);
  for (const probe of probes) {
    const result = await schema.safeParseAsync(probe.input);
    const refused = result.success ? !carries(result.data, bad) : probe.caught || allMessages(result.error.issues).includes(NOT_ALLOWED_CHARACTERS);
    if (!refused) found.push(probe.where);
  }
  return found;
}

const HOSTILE = { NUL: 'a\u0000b', 'a vertical tab': 'a\u000bb', 'a lone surrogate': 'a\ud800b', ESC: '\u001b[31m' };

describe('text inputs', () => {
  it('finds the string fields of the procedures named in the report', () => {
    const where = (path: string) => procedures.find(([p]) => p === path)![1]._def.inputs.flatMap((s) => stringProbes(s, 'x').probes.map((p) => p.where));
    expect(where('cart.addLine')).toContain('variantId');
    expect(where('partnerContent.click')).toContain('itemId');
    expect(where('support.ask')).toEqual(expect.arrayContaining(['name', 'message', 'subject', 'email', 'requestKey']));
    expect(procedures.reduce((n, [, p]) => n + p._def.inputs.reduce((m, s) => m + stringProbes(s, 'x').probes.length, 0), 0)).toBeGreaterThan(300);
  });

  it.each(Object.entries(HOSTILE))('every procedure refuses %s in every string field', async (_, bad) => {
    const found: string[] = [];
    for (const [path, procedure] of procedures) {
      for (const schema of procedure._def.inputs) for (const leak of await leaks(schema, bad)) found.push(`${path}: ${leak}`);
    }
    expect(found).toEqual([]);
  });

  it.each(Object.entries(HOSTILE))('every schema of @tandem/validators refuses %s in every string field', async (_, bad) => {
    const found: string[] = [];
    for (const [name, schema] of exportedSchemas) for (const leak of await leaks(schema, bad)) found.push(`${name}: ${leak}`);
    expect(exportedSchemas.length).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });
});
