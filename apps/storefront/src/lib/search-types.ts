// The search shapes the storefront renders, from the API's router type.
import type { AppRouter, inferRouterOutputs } from '@tandem/api';

type Outputs = inferRouterOutputs<AppRouter>;

export type SearchPage = Outputs['search']['query'];
export type SearchHit = SearchPage['hits'][number];
export type SearchFacets = NonNullable<SearchPage['facets']>;
export type Suggestions = Outputs['search']['suggest'];
export type TextSegments = SearchHit['titleHighlight'];
