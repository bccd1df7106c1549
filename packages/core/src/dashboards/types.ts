import type { SegmentSummary, ZeroResultSearch } from '../personalization/index.ts';
import type { PromotionUsage } from '../pricing/index.ts';
import type { PartnerPerformance } from '../partners/index.ts';
import type { Money } from '../shared/index.ts';

export interface DailySales {
  /** UTC day, `2026-11-23`. */
  day: string;
  orders: number;
  /** Paid totals less refunds, in the store currency. */
  revenue: Money;
}

export interface TopProduct {
  title: string;
  quantity: number;
  revenue: Money;
}

export interface SupportFigures {
  /** Median time from question to first reply by a person, in ms; null with no replies. */
  medianFirstResponseMs: number | null;
  /** Share (0–1) of tickets owed a person's reply that got one before their target; null when none. */
  answeredInTargetShare: number | null;
  /** Tickets counted for the two figures above (created in the period, owed a person's reply). */
  ticketsOwed: number;
  open: number;
  overdue: number;
}

/** From shoppers looking to shoppers paying, over the period. */
export interface ConversionFunnel {
  visitsWithView: number;
  visitsWithCart: number;
  ordersPlaced: number;
  ordersPaid: number;
}

export interface StoreDashboard {
  from: string;
  to: string;
  currency: string;
  sales: DailySales[];
  topProducts: TopProduct[];
  support: SupportFigures;
  funnel: ConversionFunnel;
  searchesWithoutResults: ZeroResultSearch[];
  promotions: PromotionUsage[];
  segments: SegmentSummary[];
  /** Per partner over the period: clicks, paid referred orders, net commission (store currency). */
  partners: PartnerPerformance[];
}
