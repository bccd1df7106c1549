// The bare node:http ceiling as processes of their own, for benchmarks that run the API as its own
// processes (bench/workers.ts): `node --import tsx bench/lib/ceiling-process.ts BODIES.json PORT
// WORKERS` serves the path → JSON map in BODIES.json on PORT from WORKERS processes (node:cluster,
// as API_WORKERS does), so one and two processes of the ceiling are measured like the API's.
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { ceilingHandler } from './ceiling-handler.ts';

const [bodiesFile, port, workers] = process.argv.slice(2);
const count = Number(workers ?? 1);

if (count > 1 && cluster.isPrimary) {
  for (let i = 0; i < count; i++) cluster.fork();
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    process.exit(0);
  });
} else {
  const bodies = new Map(Object.entries(JSON.parse(readFileSync(bodiesFile!, 'utf8')) as Record<string, string>));
  const server = http.createServer(ceilingHandler(bodies));
  server.listen(Number(port), '127.0.0.1');
  process.on('SIGTERM', () => process.exit(0));
}
