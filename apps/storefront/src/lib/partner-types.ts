// The shapes of the partner portal, taken from the API's router type.
import type { AppRouter, inferRouterOutputs } from '@tandem/api';

type Outputs = inferRouterOutputs<AppRouter>;

export type PartnerApplicationView = NonNullable<Outputs['partners']['myApplication']>;
export type PartnerProfileView = Outputs['partners']['profile'];
export type PartnerApiKeyView = Outputs['partners']['apiKeys']['list'][number];
