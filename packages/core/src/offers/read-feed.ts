// Turns feed text (CSV or JSON) into validated offer rows and a list of rejected rows, each
// with its row number and every reason. Nothing is dropped silently: every record ends up in
// exactly one of the two lists.
import { offerFeedRow, type OfferFeedRow } from '@tandem/validators';
import { DomainError, parseCsv } from '../shared/index.ts';
import type { FeedFormat, RejectedRow } from './types.ts';

export interface ReadFeedResult {
  /** Records found in the feed (CSV data rows or JSON items). */
  rowCount: number;
  rows: { row: number; offer: OfferFeedRow }[];
  rejected: RejectedRow[];
}

interface RawRecord {
  row: number;
  values: unknown;
  problem?: string;
}

/** Header names as Google writes them ("g:price", "Sale Price") → the row schema's keys. */
function fieldName(header: string): string {
  return header.trim().toLowerCase().replace(/^g:/, '').replace(/[\s-]+/g, '_');
}

function csvRecords(text: string): RawRecord[] {
  const [header, ...records] = parseCsv(text);
  if (!header) throw new DomainError('invalid_input', 'The CSV feed has no header row.');
  const names = header.fields.map(fieldName);
  if (!names.includes('id')) throw new DomainError('invalid_input', 'The CSV header has no "id" column.');
  // Spreadsheet numbering: the header is row 1, so the first offer is row 2.
  return records.map((record, index) => ({
    row: index + 2,
    values: Object.fromEntries(names.map((name, i) => [name, record.fields[i] ?? ''])),
    ...(record.fields.length !== names.length ? { problem: `has ${record.fields.length} fields, the header ${names.length} (line ${record.line})` } : {}),
  }));
}

function jsonRecords(text: string): RawRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new DomainError('invalid_input', `The JSON feed is not valid JSON: ${(error as Error).message}`);
  }
  const items = Array.isArray(data) ? data : (data as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) throw new DomainError('invalid_input', 'The JSON feed must be an array of offers or { "items": [...] }.');
  return items.map((item: unknown, index) => {
    const isObject = typeof item === 'object' && item !== null && !Array.isArray(item);
    const values = isObject ? Object.fromEntries(Object.entries(item).map(([key, value]) => [fieldName(key), value])) : {};
    return { row: index + 1, values, ...(isObject ? {} : { problem: 'is not an object' }) };
  });
}

/** Reads and validates a whole feed. Throws only when the feed as a whole cannot be read. */
export function readFeed(text: string, format: FeedFormat, country: string): ReadFeedResult {
  const records = format === 'CSV' ? csvRecords(text) : jsonRecords(text);
  const schema = offerFeedRow(country);
  const rows: ReadFeedResult['rows'] = [];
  const rejected: RejectedRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const record of records) {
    const raw = record.values as Record<string, unknown>;
    const externalId = typeof raw.id === 'string' || typeof raw.id === 'number' ? String(raw.id).trim() || null : null;
    if (record.problem) {
      rejected.push({ row: record.row, externalId, reasons: [`row ${record.problem}`] });
      continue;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      rejected.push({ row: record.row, externalId, reasons: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`) });
      continue;
    }
    const first = firstRowOf.get(parsed.data.externalId);
    if (first !== undefined) {
      rejected.push({ row: record.row, externalId, reasons: [`id: "${parsed.data.externalId}" already appeared on row ${first}`] });
      continue;
    }
    firstRowOf.set(parsed.data.externalId, record.row);
    rows.push({ row: record.row, offer: parsed.data });
  }
  return { rowCount: records.length, rows, rejected };
}
