// The signed-in staff member as the API describes them (`staff.me`).
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@tandem/api';

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type StaffMember = RouterOutputs['staff']['me'];
export type Permission = StaffMember['permissions'][number];
