// Test helper: walks a zod input schema to every place a string can enter it and builds, for each,
// an input that carries a hostile string there. Used to prove that no input of the API lets a
// NUL byte or another control character through (text-inputs.test.ts).
import type { z } from 'zod';

/** One place a string enters a schema, with an input that puts `bad` there. */
export interface StringProbe {
  /** Where the string sits, e.g. `lines.0.variantId`, `options.<key>` for a record's key. */
  where: string;
  input: unknown;
  /** Under a `.catch()`: a refused value is replaced by the fallback, so no field error is due. */
  caught: boolean;
}

/** A schema type through which strings could pass unchecked: the walk cannot see past it. */
export interface Opaque {
  where: string;
  type: string;
}

interface Def {
  type: string;
  [key: string]: unknown;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'success']);
const NO_STRINGS = new Set(['number', 'int', 'boolean', 'bigint', 'date', 'enum', 'literal', 'null', 'undefined', 'void', 'never', 'nan', 'symbol', 'file', 'transform', 'template_literal']);

/** Values that pick an option of a discriminated union: the object's literal and enum fields. */
function discriminators(shape: Record<string, unknown>): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    let def = defOf(field);
    while (WRAPPERS.has(def.type)) def = defOf(def.innerType);
    if (def.type === 'literal') picked[key] = (def.values as unknown[])[0];
    if (def.type === 'enum') picked[key] = Object.values(def.entries as Record<string, unknown>)[0];
  }
  return picked;
}

/**
 * Every place `schema` accepts a string, each with an input carrying `bad` there (the rest of the
 * input is left out: the other fields' own errors do not matter). Types the walk cannot see into
 * (`any`, `unknown`, `custom`) are reported in `opaque`, so a test can refuse them.
 */
export function stringProbes(schema: z.ZodType, bad: string): { probes: StringProbe[]; opaque: Opaque[] } {
  const probes: StringProbe[] = [];
  const opaque: Opaque[] = [];
  const walk = (node: unknown, where: string, place: (value: unknown) => unknown, depth: number, caught = false): void => {
    const def = defOf(node);
    if (depth > 12 || NO_STRINGS.has(def.type)) return;
    if (WRAPPERS.has(def.type)) return walk(def.innerType, where, place, depth + 1, caught);
    if (def.type === 'catch') return walk(def.innerType, where, place, depth + 1, true);
    switch (def.type) {
      case 'string':
        probes.push({ where: where || '(input)', input: place(bad), caught });
        return;
      case 'object': {
        const shape = def.shape as Record<string, unknown>;
        const base = discriminators(shape);
        for (const [key, field] of Object.entries(shape)) walk(field, join(where, key), (v) => place({ ...base, [key]: v }), depth + 1, caught);
        return;
      }
      case 'array':
        return walk(def.element, join(where, '0'), (v) => place([v]), depth + 1, caught);
      case 'set':
        return walk(def.valueType, join(where, '0'), (v) => place(new Set([v])), depth + 1, caught);
      case 'tuple':
        (def.items as unknown[]).forEach((item, i) => walk(item, join(where, String(i)), (v) => place(Array.from({ length: i + 1 }, (_, j) => (j === i ? v : undefined))), depth + 1, caught));
        return;
      case 'record':
      case 'map':
        walk(def.keyType, join(where, '<key>'), (k) => place(def.type === 'map' ? new Map([[k, undefined]]) : { [k as string]: undefined }), depth + 1, caught);
        return walk(def.valueType, join(where, '<value>'), (v) => place(def.type === 'map' ? new Map([['k', v]]) : { k: v }), depth + 1, caught);
      case 'union':
        for (const option of def.options as unknown[]) walk(option, where, place, depth + 1, caught);
        return;
      case 'intersection':
        walk(def.left, where, place, depth + 1, caught);
        return walk(def.right, where, place, depth + 1, caught);
      case 'pipe':
        // What the caller sends is checked by the pipe's input side.
        return walk(def.in, where, place, depth + 1, caught);
      case 'lazy':
        return walk((def.getter as () => unknown)(), where, place, depth + 1, caught);
      default:
        opaque.push({ where: where || '(input)', type: def.type });
    }
  };
  walk(schema, '', (v) => v, 0);
  return { probes, opaque };
}

const join = (where: string, key: string) => (where ? `${where}.${key}` : key);

/** Every message in a zod error, including those nested in union and record-key issues. */
export function allMessages(issues: readonly unknown[]): string[] {
  return issues.flatMap((issue) => {
    const i = issue as { message: string; errors?: unknown[][]; issues?: unknown[] };
    return [i.message, ...(i.errors ?? []).flatMap((branch) => allMessages(branch)), ...allMessages(i.issues ?? [])];
  });
}
