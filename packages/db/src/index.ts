export { openDatabase, defaultDataDir, type Database, type DatabaseKind, type DatabaseOptions } from './client.ts';
export { applyPendingMigrations, createMigration, pendingSchemaChange, migrationNamesOnDisk } from './migrate/migrations.ts';
export { migrationState, type MigrationState } from './migrate/migration-state.ts';
export { PrismaClient, Prisma } from './generated/prisma/client.ts';
export type * from './generated/prisma/models.ts';
export { ProductStatus, Role, OrderStatus, PaymentState, CartStatus, ShippingRateKind } from './generated/prisma/enums.ts';
export { TicketStatus, TicketChannel, TicketAuthor } from './generated/prisma/enums.ts';
export { BehaviourEventType, NeighbourKind } from './generated/prisma/enums.ts';
export { GroupBuyStatus, GroupBuyParticipantStatus } from './generated/prisma/enums.ts';
