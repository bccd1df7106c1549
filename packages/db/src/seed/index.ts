// Demo catalog seed and large-catalog generator (being written).
import path from 'node:path';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { repoRoot } from '../migrate/migration-files.ts';

export const defaultMediaDir = path.join(repoRoot, '.data/media');

export interface SeedOptions {
  /** Where generated SVG product images are written; served by the API under /media/. */
  mediaDir: string;
  log?: (line: string) => void;
}

export interface SeedResult {
  products: number;
  categories: number;
  brands: number;
  variants: number;
}

export declare function seedDemoCatalog(prisma: PrismaClient, options: SeedOptions): Promise<SeedResult>;
