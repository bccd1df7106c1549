// One row an importer skipped, and why: the shape both the catalog CSV import and the offer and
// partner feed imports report, so the admin shows every importer's rejects the same way.

/** A feed or file row that was not imported, and why. */
export interface RejectedRow {
  /** CSV: the spreadsheet row (header = 1); JSON: the item's position from 1. */
  row: number;
  externalId: string | null;
  reasons: string[];
}
