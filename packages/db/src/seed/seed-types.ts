// Options and results of the seed entry points.

export interface SeedOptions {
  /** Where generated SVG product images are written; served by the API under /media/. */
  mediaDir: string;
  log?: (line: string) => void;
  /** Called after each step of the seed with its name and duration (the first-start bench times them). */
  onStep?: (step: string, ms: number) => void;
}

/** Sizes of the demo catalog (the same on every run) and what this run changed. */
export interface SeedResult {
  products: number;
  categories: number;
  brands: number;
  variants: number;
  /** Products inserted by this run; 0 when the catalog was already seeded. */
  createdProducts: number;
  /** Image files written by this run; 0 when all were present and up to date. */
  writtenImages: number;
}

export interface GenerateOptions {
  /** How many products to create, e.g. 10_000 or 100_000. */
  products: number;
  mediaDir: string;
  /** Changes every generated product; runs with the same seed are resumable and idempotent. Default 1. */
  seed?: number;
  /** Products per transaction. Default 1000. */
  batchSize?: number;
  log?: (line: string) => void;
  onProgress?: (done: number, total: number) => void;
}

export interface GenerateResult {
  /** Products inserted by this run (existing ones with the same slug are skipped). */
  createdProducts: number;
  createdVariants: number;
  /** Distinct pool image files used by the generated products. */
  imageFiles: number;
  durationMs: number;
}
