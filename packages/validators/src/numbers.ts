// Whole numbers that end up in database integer columns (counts, limits, versions, ticket
// numbers, amounts in minor units). PostgreSQL's `integer` (Prisma `Int`) holds ±2^31; a bigger
// value is a server error there, so every integer input is bounded here, at the edge, with a
// field error instead. packages/api/src/integer-inputs.test.ts proves no input goes without.
import { z } from 'zod';

/** The largest value of a PostgreSQL `integer` (Prisma `Int`) column. */
export const DB_INT_MAX = 2_147_483_647;
/** The smallest value of a PostgreSQL `integer` column. */
export const DB_INT_MIN = -2_147_483_648;

/**
 * A whole number a database integer column can hold. Chain the field's own bounds after it.
 * @example `wholeNumber().min(1, 'At least one use')`
 */
export const wholeNumber = (message = 'Whole numbers only') => z.number().int(message).min(DB_INT_MIN, 'This number is too small').max(DB_INT_MAX, 'This number is too large');
