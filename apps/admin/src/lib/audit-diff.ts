// Before/after of an audit entry as a readable list of changed fields. Nested objects are
// flattened to dotted paths (`address.city`); arrays and scalars compare as JSON. A null side
// (created, deleted) has no fields.

export interface FieldChange {
  field: string;
  /** JSON text of the value; '' when the field did not exist on that side. */
  before: string;
  after: string;
}

function flatten(value: unknown, prefix = '', into: Map<string, string> = new Map()): Map<string, string> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  } else if (value !== undefined && !(value === null && !prefix)) {
    into.set(prefix || '(value)', typeof value === 'string' ? value : JSON.stringify(value));
  }
  return into;
}

/** The fields that differ, in the order they first appear (before, then fields new in after). */
export function auditDiff(before: unknown, after: unknown): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const fields = [...new Set([...a.keys(), ...b.keys()])];
  return fields.filter((field) => a.get(field) !== b.get(field)).map((field) => ({ field, before: a.get(field) ?? '', after: b.get(field) ?? '' }));
}
