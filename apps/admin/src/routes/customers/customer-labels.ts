// How the customers area names price groups, sorts and yes/no filters.
export const GROUP_LABELS = { CONSUMER: 'Consumer', RETAILER: 'Retailer', WHOLESALE: 'Wholesale', PARTNER: 'Partner' } as const;
export type GroupKey = keyof typeof GROUP_LABELS;

export const SORT_LABELS = { newest: 'Newest account', revenue: 'Revenue', lastOrder: 'Latest order' } as const;
