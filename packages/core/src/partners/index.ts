// The partners context's only public door: partner accounts, affiliate tracking, widgets,
// shared content and web rings.
export { findApprovedPartner, type ApprovedPartner } from './approved-partner.ts';
export * from './affiliate/index.ts';
