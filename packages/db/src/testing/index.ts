export { createTestDatabase, type TestDatabase } from './test-database.ts';
export { makeBrand, makeCategory, makeProduct, type ProductSpec } from './catalog-factory.ts';
export { TEST_STOREFRONT_URL } from './test-urls.ts';
export { createDemoTestDatabase, type DemoTestDatabase } from './demo-test-database.ts';
