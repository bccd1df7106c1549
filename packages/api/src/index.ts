export { appRouter, type AppRouter } from './root.ts';
export { createCallerFactory, type ApiContext } from './trpc.ts';
export { anonymousRequest, createApiContext, createApiServices, type ApiServices, type ApiServicesOptions, type RequestAuth } from './context.ts';
export type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
export { orderEventHandlers, orderEventSubscribers, type OrderEventOptions } from './order-event-subscribers.ts';
