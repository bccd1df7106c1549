// `pnpm db:template`: makes the migrated PGlite template for the migrations on disk unless it
// is there (template/migrated-template.ts). The start scripts and the test setup run it, so a
// first start loads the template instead of running initdb and every migration.
import path from 'node:path';
import { buildTemplate } from '../template/migrated-template.ts';

const started = performance.now();
const { dataDir, built } = await buildTemplate();
const where = path.relative(process.cwd(), dataDir);
console.log(built ? `Made the migrated PGlite template ${where} in ${((performance.now() - started) / 1000).toFixed(1)} s` : `The migrated PGlite template ${where} is up to date.`);
