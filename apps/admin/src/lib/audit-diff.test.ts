import { describe, expect, it } from 'vitest';
import { auditDiff } from './audit-diff.ts';

describe('auditDiff', () => {
  it('lists only the fields that changed, nested ones by path', () => {
    expect(auditDiff({ status: 'OPEN', due: '2026-11-24T09:00:00Z', meta: { a: 1, b: 2 } }, { status: 'CLOSED', due: '2026-11-24T09:00:00Z', meta: { a: 1, b: 3 } })).toEqual([
      { field: 'status', before: 'OPEN', after: 'CLOSED' },
      { field: 'meta.b', before: '2', after: '3' },
    ]);
  });

  it('shows every field of a created or deleted entity', () => {
    expect(auditDiff(null, { title: 'Hi', tags: ['x'] })).toEqual([
      { field: 'title', before: '', after: 'Hi' },
      { field: 'tags', before: '', after: '["x"]' },
    ]);
    expect(auditDiff({ published: true }, null)).toEqual([{ field: 'published', before: 'true', after: '' }]);
  });
});
