// Test support for the API fuzzer: values no honest client sends, and mutations that put them
// into an otherwise well-shaped input — wrong types, missing and extra fields, megabyte strings,
// deep nesting, control and unicode edge cases, extreme numbers, empty and huge arrays.
import fc from 'fast-check';

/** `levels` arrays inside each other: `[[[…]]]`. */
export function nestedArrays(levels: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

/** `levels` objects inside each other: `{"a":{"a":…}}`. */
export function nestedObjects(levels: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

/** Strings that have broken servers: control characters, lone surrogates, bidi overrides, stacked combining marks, sizes. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  '\u202eevil\u202c',
  'שלום עולם',
  'e' + '\u0301'.repeat(500),
  'Z̵̡̢͇̀͂a̷̧͎͐l̵̰̓g̶̣̈́o̷͕̊',
  '\ufeff\u200b\u2028\u2029',
  '\u001b[31mred',
  '%00%ff%',
  '../../../../etc/passwd',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '__proto__',
  '1e309',
  'NaN',
  '-0',
  'x'.repeat(10_000),
  'a'.repeat(1_000_000),
];

/** Numbers at the edges: huge, negative, non-integer, beyond safe integers, tiny. */
export const HOSTILE_NUMBERS: readonly number[] = [-1, 0, -0, 0.5, -1e308, 1e308, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER - 2, 2 ** 31, 2 ** 63, 5e-324, 1e21];

/** Any one hostile value, of any JSON type. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom<unknown>(null, true, false, [], {}, [null], { '': null }),
  fc.constant(nestedArrays(1000)),
  fc.constant(nestedObjects(1000)),
  fc.constant(Array.from({ length: 100_000 }, () => 0)),
  fc.constant(Array.from({ length: 2_000 }, (_, i) => `x${i}`)),
  fc.jsonValue({ maxDepth: 3 }),
);

type Path = (string | number)[];

/** Every place inside `value` (the value itself included) a mutation can target. */
function placesOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => placesOf(item, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) placesOf(item, [...path, key], out);
  return out;
}

/** A copy of `value` with `change` applied at `path` (its parent's copy and the key are passed). */
function changeAt(value: unknown, path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  if (path.length === 0) {
    const box: Record<string, unknown> = { v: value };
    change(box, 'v');
    return box.v;
  }
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  change(parent, path[path.length - 1]!);
  return copy;
}

/**
 * `valid` with one mutation: a place replaced by a hostile value, a field removed, a stray field
 * added (`__proto__` and `constructor` among them), or the whole input swapped for a hostile value.
 */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return valid.chain((input) => {
    const places = placesOf(input);
    const inner = places.filter((path) => path.length > 0);
    const replace = fc.tuple(fc.constantFrom(...places), hostileValue).map(([path, bad]) => changeAt(input, path, (parent, key) => (parent[key] = bad)));
    const remove = fc.constantFrom(...(inner.length > 0 ? inner : [[]])).map((path) =>
      path.length === 0 ? undefined : changeAt(input, path, (parent, key) => (Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key])),
    );
    // A computed `__proto__` key is an own property, so it reaches the JSON like any other.
    const extra = fc.tuple(fc.constantFrom('__proto__', 'constructor', 'extra', 'id', ''), hostileValue).map(([key, bad]) =>
      typeof input === 'object' && input !== null && !Array.isArray(input) ? { ...input, [key]: bad } : [input, bad],
    );
    return fc.oneof({ weight: 5, arbitrary: replace }, { weight: 2, arbitrary: remove }, { weight: 2, arbitrary: extra }, { weight: 1, arbitrary: hostileValue });
  });
}
