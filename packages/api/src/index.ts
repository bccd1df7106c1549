export { appRouter, type AppRouter } from './root.ts';
export { createCallerFactory, type ApiContext } from './trpc.ts';
export { createApiContext, type ApiServicesOptions } from './context.ts';
export type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
