// The customers context's only public door: the admin's customer list, page and CSV export.
export { createCustomersAdminService, type CustomersAdminService, type CustomersAdminServiceOptions } from './customers-admin-service.ts';
export { CUSTOMER_CSV_HEADER } from './customer-export.ts';
export type * from './types.ts';
