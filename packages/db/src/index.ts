export { openDatabase, defaultDataDir, type Database, type DatabaseKind, type DatabaseOptions, type PoolStats } from './client.ts';
export { applyPendingMigrations, createMigration, pendingSchemaChange, migrationNamesOnDisk } from './migrate/migrations.ts';
// The migrated PGlite template is `@tandem/db/template`: it imports PGlite, which an API on
// PostgreSQL must not load at start (docs/decisions.md, "The API's resident memory on PostgreSQL").
export type { TemplateLocation, TemplatePaths } from './template/migrated-template.ts';
export { applyMigrationsIfPending, migrationState, type MigrationState } from './migrate/migration-state.ts';
export { PrismaClient, Prisma } from './generated/prisma/client.ts';
export { createId } from './create-id.ts';
export type * from './generated/prisma/models.ts';
export { ProductStatus, Role, OrderStatus, PaymentState, CartStatus, ShippingRateKind, CustomerGroup, ReturnStatus } from './generated/prisma/enums.ts';
export { TicketStatus, TicketChannel, TicketAuthor } from './generated/prisma/enums.ts';
export { BehaviourEventType, NeighbourKind } from './generated/prisma/enums.ts';
export { ReferralSource, ClickFilter, AttributionModel, CommissionRuleKind, CommissionStatus, CommissionFlag } from './generated/prisma/enums.ts';
export { WebRingHealth, WebRingJoinStatus } from './generated/prisma/enums.ts';
export { PartnerStatus } from './generated/prisma/enums.ts';
export { StockAdjustmentReason, CatalogImportState } from './generated/prisma/enums.ts';
export { GroupBuyStatus, GroupBuyParticipantStatus } from './generated/prisma/enums.ts';
