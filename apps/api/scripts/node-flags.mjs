// The V8 flags the API's production build runs with, in one place: `pnpm start`
// (scripts/start.mjs), e2e and the benchmarks that start the built API use these.
// The old generation is capped at 256 MB: uncapped, V8 let garbage pile up to hundreds of MB under
// load before collecting it (README, "API memory"). The young generation is capped at 4 MB per
// semi-space (V8 grows it to 16 MB under load, 32 MB committed, mostly empty): on PostgreSQL it
// lowered the peak under load by 15–33 MB at no visible cost in requests per second (README,
// "API memory on PostgreSQL ≤ 250 MB"; an earlier try at 2 MB was inconclusive: docs/decisions.md).
export const API_NODE_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=4'];
