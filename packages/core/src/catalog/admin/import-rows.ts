// Reading a catalog CSV: every data row is validated (row number and every reason when it
// fails, the offer feeds' report shape), SKUs must be unique in the file, and the good rows
// are grouped by product in file order. Pure: the database checks happen per chunk.
import { CATALOG_CSV_COLUMNS, CatalogCsvRow } from '@tandem/validators';
import { DomainError, parseCsv, type RejectedRow } from '../../shared/index.ts';

export interface ImportRow {
  /** Spreadsheet numbering: the header is row 1. */
  row: number;
  data: CatalogCsvRow;
}

/** One product's rows; the product columns come from the first row that fills each of them. */
export interface ImportProductGroup {
  slug: string;
  rows: ImportRow[];
  title: string | undefined;
  status: CatalogCsvRow['status'];
  category: string | undefined;
  brand: string | undefined;
  description: string | undefined;
  attributes: CatalogCsvRow['attributes'];
}

export interface ReadCatalogCsvResult {
  /** Data rows in the file. */
  total: number;
  groups: ImportProductGroup[];
  rejected: RejectedRow[];
}

const REQUIRED = ['product_slug', 'sku', 'price_amount', 'currency'] as const;

/** A field the export protected from spreadsheets' formula evaluation ('=…) is read back as written. */
const unprotect = (field: string) => (/^'[=+@\t\r]/.test(field) ? field.slice(1) : field);

/** Throws only when the file as a whole cannot be read (not CSV, no header, missing columns). */
export function readCatalogCsv(text: string): ReadCatalogCsvResult {
  const [header, ...records] = parseCsv(text);
  if (!header) throw new DomainError('invalid_input', 'The file is empty: it needs a header row and one row per variant.');
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const missing = REQUIRED.filter((column) => !names.includes(column));
  if (missing.length) throw new DomainError('invalid_input', `The header has no ${missing.map((m) => `"${m}"`).join(', ')} column${missing.length > 1 ? 's' : ''}. The columns are: ${CATALOG_CSV_COLUMNS.join(', ')}.`);
  const rejected: RejectedRow[] = [];
  const groups = new Map<string, ImportProductGroup>();
  const firstRowOfSku = new Map<string, number>();
  records.forEach((record, index) => {
    const row = index + 2;
    const raw = Object.fromEntries(CATALOG_CSV_COLUMNS.map((column) => [column, '']));
    names.forEach((name, i) => {
      if (name in raw) raw[name] = unprotect(record.fields[i] ?? '');
    });
    const sku = raw.sku?.trim() || null;
    if (record.fields.length !== names.length) return rejected.push({ row, externalId: sku, reasons: [`row has ${record.fields.length} fields, the header ${names.length} (line ${record.line})`] });
    const parsed = CatalogCsvRow.safeParse(raw);
    if (!parsed.success) return rejected.push({ row, externalId: sku, reasons: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`) });
    const data = parsed.data;
    const first = firstRowOfSku.get(data.sku);
    if (first !== undefined) return rejected.push({ row, externalId: data.sku, reasons: [`sku: "${data.sku}" already appeared on row ${first}`] });
    firstRowOfSku.set(data.sku, row);
    const group = groups.get(data.product_slug) ?? { slug: data.product_slug, rows: [], title: undefined, status: undefined, category: undefined, brand: undefined, description: undefined, attributes: undefined };
    const currency = group.rows[0]?.data.currency;
    if (currency && currency !== data.currency) return rejected.push({ row, externalId: data.sku, reasons: [`currency: the product's first variant is in ${currency}; one product has one currency`] });
    group.title ??= data.product_title;
    group.status ??= data.status;
    group.category ??= data.category;
    group.brand ??= data.brand;
    group.description ??= data.description;
    group.attributes ??= data.attributes;
    group.rows.push({ row, data });
    groups.set(group.slug, group);
    return undefined;
  });
  return { total: records.length, groups: [...groups.values()], rejected };
}

/** Groups in chunks of about `size` rows; a product's rows always stay in one chunk. */
export function chunkGroups(groups: readonly ImportProductGroup[], size: number): ImportProductGroup[][] {
  const chunks: ImportProductGroup[][] = [];
  let current: ImportProductGroup[] = [];
  let rows = 0;
  for (const group of groups) {
    current.push(group);
    rows += group.rows.length;
    if (rows >= size) {
      chunks.push(current);
      current = [];
      rows = 0;
    }
  }
  if (current.length) chunks.push(current);
  return chunks;
}
