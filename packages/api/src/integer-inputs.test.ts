// No whole-number input is larger than the database can store: PostgreSQL refuses an `integer`
// (Prisma `Int`) beyond ±2^31 with a server error, which the fuzzer met as HTTP 500 from
// `support.conversation` and `adminPricing.saveClearanceRule`. Every integer of every procedure's
// input (found by walking its JSON Schema, so a new procedure is covered the moment it exists) and
// of every schema in @tandem/validators must be bounded to that range, refused with a field error.
import * as validators from '@tandem/validators';
import { DB_INT_MAX, DB_INT_MIN } from '@tandem/validators';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { appRouter } from './root.ts';

interface Node {
  type?: string | string[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  $ref?: string;
  $defs?: Record<string, Node>;
  properties?: Record<string, Node>;
  additionalProperties?: boolean | Node;
  items?: Node;
  prefixItems?: Node[];
  anyOf?: Node[];
  oneOf?: Node[];
  allOf?: Node[];
}

interface ProcedureDef {
  _def: { inputs: z.ZodType[] };
}

/** The places in `schema` where an integer can go past the database's integer range. */
function unboundedIntegers(schema: z.ZodType): string[] {
  const root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Node;
  const found: string[] = [];
  const walk = (node: Node | undefined, where: string, depth: number): void => {
    if (!node || depth > 24) return;
    if (node.$ref) return walk(node.$ref === '#' ? root : root.$defs?.[node.$ref.replace('#/$defs/', '')], where, depth + 1);
    const types = Array.isArray(node.type) ? node.type : [node.type];
    if (types.includes('integer')) {
      const max = node.maximum ?? node.exclusiveMaximum ?? Infinity;
      const min = node.minimum ?? node.exclusiveMinimum ?? -Infinity;
      if (max > DB_INT_MAX || min < DB_INT_MIN) found.push(`${where || '(input)'} accepts [${min}, ${max}]`);
    }
    for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, where ? `${where}.${key}` : key, depth + 1);
    if (typeof node.additionalProperties === 'object') walk(node.additionalProperties, `${where}.<value>`, depth + 1);
    walk(node.items, `${where}.0`, depth + 1);
    for (const child of [...(node.prefixItems ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) walk(child, where, depth + 1);
  };
  walk(root, '', 0);
  return found;
}

const procedures = Object.entries((appRouter._def as unknown as { procedures: Record<string, ProcedureDef> }).procedures);
const exportedSchemas = (Object.entries(validators) as [string, unknown][]).filter((entry): entry is [string, z.ZodType] => typeof entry[1] === 'object' && entry[1] !== null && '_zod' in entry[1]);

describe('integer inputs', () => {
  it('finds the integers of the procedures the fuzzer broke', () => {
    const loose = z.object({ number: z.number().int().positive() });
    expect(unboundedIntegers(loose)).toEqual(['number accepts [0, 9007199254740991]']);
  });

  it('bounds every integer of every procedure to what a database integer holds', () => {
    const found = procedures.flatMap(([path, procedure]) => procedure._def.inputs.flatMap((schema) => unboundedIntegers(schema).map((place) => `${path}: ${place}`)));
    expect(found).toEqual([]);
  });

  it('bounds every integer of every schema of @tandem/validators the same way', () => {
    const found = exportedSchemas.flatMap(([name, schema]) => unboundedIntegers(schema).map((place) => `${name}: ${place}`));
    expect(found).toEqual([]);
  });
});
