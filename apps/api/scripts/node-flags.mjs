// The V8 flags the API's production build runs with, in one place: `pnpm start`
// (scripts/start.mjs), e2e and the benchmarks that start the built API use these.
// The old generation is capped at 256 MB: uncapped, V8 let garbage pile up to hundreds of MB under
// load before collecting it (README, "API memory"). Capping the young generation as well
// (`--max-semi-space-size=2`) was measured on 2026-12-07 and left out: three runs disagreed
// (docs/decisions.md).
export const API_NODE_FLAGS = ['--max-old-space-size=256'];
