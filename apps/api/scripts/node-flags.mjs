// The V8 flags the API's production build runs with, in one place: `pnpm start`
// (scripts/start.mjs), e2e and the benchmarks that start the built API use these.
// - The old generation capped at 256 MB: uncapped, V8 let garbage pile up to hundreds of MB under
//   load before collecting it (README, "API memory").
// - The young generation capped at 2 MB semi-spaces: under load V8 grows them to 16 MB each
//   (48 MB of young generation) and keeps them; capped, the PostgreSQL API holds about 70 MB less
//   after start and under load, for more frequent (cheap) scavenges (docs/decisions.md).
export const API_NODE_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=2'];
