// Inputs of the admin's dashboards: the time range of the charts.
import { z } from 'zod';

/** The time ranges the admin's charts offer, in days. */
export const CHART_RANGES = [7, 30, 90, 365] as const;

/** The dashboard's time range: the last `days` days (one of CHART_RANGES), 30 when absent. */
export const DashboardRangeInput = z.object({ days: z.union([z.literal(7), z.literal(30), z.literal(90), z.literal(365)], 'Choose 7, 30, 90 or 365 days').default(30) }).optional();
