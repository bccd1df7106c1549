// The storefront address tests configure the API with: services take it as a required option
// (STOREFRONT_URL in production), and tests read links in e-mails and feeds against it.

/** The storefront's public base URL in tests. */
export const TEST_STOREFRONT_URL = 'https://shop.example';
