// The order list's filters, read from the page's query string (so a filtered view can be
// bookmarked and shared) by the list and by its CSV download.

export const ORDER_FILTER_FIELDS = ['query', 'status', 'paymentState', 'from', 'to'] as const;
