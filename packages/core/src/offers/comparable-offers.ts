// Which imported offers take part in comparisons: active (still in the source's feed), matched
// automatically with enough confidence or confirmed by an administrator, and priced in the
// product's own currency (offers are never converted).

/** SQL condition on `o` ("Offer") joined to `p` ("Product") on o."productId" = p.id. */
export const COMPARABLE_OFFER = `o.status = 'ACTIVE' AND o."matchStatus" IN ('AUTO', 'CONFIRMED') AND o.currency = p.currency`;

/** SQL expression: what the shopper pays for the offer, in minor units. */
export const OFFER_TOTAL = `(coalesce(o."saleAmount", o."priceAmount") + o."shippingAmount")`;

export const OFFER_BUYABLE = `o.availability <> 'OUT_OF_STOCK'`;
