// The customers context's only public door: the admin's customer list, page, CSV export, and GDPR export and erase.
export { createCustomersAdminService, type CustomersAdminService, type CustomersAdminServiceOptions } from './customers-admin-service.ts';
export { CUSTOMER_CSV_HEADER } from './customer-export.ts';
export type { ErasedCustomerReport } from './erase-customer.ts';
export { PERSONAL_DATA_EXPORT_VERSION, type PersonalDataExport } from './personal-data-export.ts';
export type * from './types.ts';
