import { createCatalogService, type CatalogServiceOptions } from '@tandem/core/catalog';
import type { PrismaClient } from '@tandem/db';
import type { ApiContext } from './trpc.ts';

export interface ApiServicesOptions {
  catalog?: CatalogServiceOptions;
}

/** Builds the services once per process; every request's context shares them. */
export function createApiContext(prisma: PrismaClient, options: ApiServicesOptions = {}): ApiContext {
  return { catalog: createCatalogService(prisma, options.catalog) };
}
