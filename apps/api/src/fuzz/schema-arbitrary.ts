// Test support for the API fuzzer: turns a procedure's zod input into fast-check arbitraries of
// inputs a client could send as JSON. zod-fast-check only knows zod 3, so the schema goes through
// zod 4's public `z.toJSONSchema` (input side, so a pipe or transform is described by what the
// caller sends) and this file maps that JSON Schema subset onto fast-check.
import fc from 'fast-check';
import { z } from 'zod';

/** The part of JSON Schema (draft 2020-12) that `z.toJSONSchema` writes for Tandem's inputs. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

/** The JSON Schema of what a caller sends to `schema`; types JSON cannot carry become "anything". */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', cycles: 'ref', reused: 'inline' }) as JsonSchema;
}

// Long enough to pass most minimums and reach every maximum of a short field, short enough to stay fast.
const SPAN = 24;
// A recursive schema ($ref back to itself) stops growing here.
const MAX_DEPTH = 4;

interface Walk {
  root: JsonSchema;
  /** Ids of real rows, offered to string fields named `…id` so some inputs get past "not found". */
  knownIds: readonly string[];
}

/** Inputs shaped like `schema` says: right types, lengths and bounds (some may still fail a refinement). */
export function validShaped(schema: JsonSchema, knownIds: readonly string[] = []): fc.Arbitrary<unknown> {
  return shaped(schema, { root: schema, knownIds }, 0);
}

function shaped(node: JsonSchema, walk: Walk, depth: number): fc.Arbitrary<unknown> {
  if (node.$ref !== undefined) return depth >= MAX_DEPTH ? fc.constant(null) : shaped(resolve(node.$ref, walk.root), walk, depth + 1);
  if (node.const !== undefined) return fc.constant(node.const);
  if (node.enum) return fc.constantFrom(...node.enum);
  const options = node.anyOf ?? node.oneOf;
  if (options) return fc.oneof(...options.map((option) => shaped(option, walk, depth + 1)));
  if (node.allOf?.[0]) return shaped({ ...node, allOf: undefined, ...node.allOf[0] }, walk, depth + 1);
  const type = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
  if (type.length > 1) return fc.oneof(...type.map((t) => shaped({ ...node, type: t }, walk, depth)));
  switch (type[0]) {
    case 'string':
      return text(node);
    case 'integer':
    case 'number':
      return numeric(node, type[0] === 'integer');
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return list(node, walk, depth);
    case 'object':
      return record(node, walk, depth);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function resolve(ref: string, root: JsonSchema): JsonSchema {
  if (ref === '#') return root;
  const name = ref.replace(/^#\/\$defs\//, '');
  const target = root.$defs?.[name];
  if (!target) throw new Error(`The fuzzer cannot follow the schema reference ${ref}.`);
  return target;
}

function text(node: JsonSchema): fc.Arbitrary<string> {
  const minLength = node.minLength ?? 0;
  const maxLength = Math.min(node.maxLength ?? minLength + SPAN, minLength + SPAN);
  // Fitted, not filtered: rejection sampling never ends when a generator rarely reaches the
  // minimum (a `^[a-z]+$` token of at least 20 characters hung the whole fuzz run).
  const sized = (s: fc.Arbitrary<string>) => s.map((v) => fitLength(v, minLength, node.maxLength ?? Infinity));
  switch (node.format) {
    case 'email':
      return sized(fc.emailAddress());
    case 'uuid':
    case 'guid':
      return fc.uuid();
    case 'uri':
    case 'url':
      return sized(fc.webUrl());
    case 'date-time':
      return fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
    case 'date':
      return fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  }
  if (node.pattern) {
    try {
      return sized(fc.stringMatching(new RegExp(node.pattern)));
    } catch {
      // A pattern fast-check cannot invert: plain text, which the server must refuse politely.
    }
  }
  return fc.oneof({ weight: 4, arbitrary: fc.string({ minLength, maxLength, unit: fc.constantFrom(...'abcxyz019-_ @.'.split('')) }) }, { weight: 1, arbitrary: fc.string({ minLength, maxLength, unit: 'grapheme' }) });
}

/**
 * `value` repeated up to `min` characters and cut at `max`: still a match for the simple
 * repeated-class patterns the validators use, and for anything else a wrong-shaped value the
 * server must refuse with a 4xx like any other.
 */
export function fitLength(value: string, min: number, max: number): string {
  if (value.length >= min) return value.slice(0, max);
  const seed = value || 'a';
  return seed.repeat(Math.ceil(min / seed.length)).slice(0, min);
}

function numeric(node: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const lowest = node.minimum ?? (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + (integer ? 1 : Number.EPSILON) : -1e6);
  const highest = node.maximum ?? (node.exclusiveMaximum !== undefined ? node.exclusiveMaximum - (integer ? 1 : Number.EPSILON) : 1e6);
  const min = Math.max(lowest, -Number.MAX_SAFE_INTEGER);
  const max = Math.min(highest, Number.MAX_SAFE_INTEGER);
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function list(node: JsonSchema, walk: Walk, depth: number): fc.Arbitrary<unknown[]> {
  if (node.prefixItems) return fc.tuple(...node.prefixItems.map((item) => shaped(item, walk, depth + 1)));
  const minLength = node.minItems ?? 0;
  const maxLength = Math.min(node.maxItems ?? minLength + 4, minLength + 4);
  return fc.array(node.items ? shaped(node.items, walk, depth + 1) : fc.jsonValue({ maxDepth: 1 }), { minLength, maxLength });
}

function record(node: JsonSchema, walk: Walk, depth: number): fc.Arbitrary<unknown> {
  const properties = node.properties ?? {};
  const field = (key: string, value: JsonSchema) =>
    /id$/i.test(key) && value.type === 'string' && walk.knownIds.length > 0 ? fc.oneof(fc.constantFrom(...walk.knownIds), shaped(value, walk, depth + 1)) : shaped(value, walk, depth + 1);
  const known = fc.record(Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, field(key, value)])), {
    requiredKeys: (node.required ?? []).filter((key) => key in properties),
  });
  if (typeof node.additionalProperties !== 'object' || Object.keys(properties).length > 0) return known;
  // A record: keys from propertyNames (an enum of keys, a pattern) or plain words.
  const keys = node.propertyNames ? (shaped({ type: 'string', ...node.propertyNames }, walk, depth + 1) as fc.Arbitrary<string>) : fc.string({ minLength: 1, maxLength: 12 });
  return fc.dictionary(keys, shaped(node.additionalProperties, walk, depth + 1), { maxKeys: 4 });
}
