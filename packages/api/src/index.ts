export { appRouter, type AppRouter } from './root.ts';
export { createCallerFactory, type ApiContext } from './trpc.ts';
export { internalErrorMessage } from './error-formatter.ts';
export { withRequestId } from './request-scope.ts';
export { anonymousRequest, createApiContext, createApiServices, type ApiServices, type ApiServicesOptions, type RequestAuth, type RequestDiagnostics } from './context.ts';
export type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
export { orderEventHandlers, orderEventSubscribers, type OrderEventOptions } from './order-event-subscribers.ts';
