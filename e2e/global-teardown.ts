import { rm } from 'node:fs/promises';

/** Removes the throw-away database and media folder of this run. */
export default async function globalTeardown(): Promise<void> {
  const dir = process.env.TANDEM_E2E_RUN_DIR;
  if (dir) await rm(dir, { recursive: true, force: true });
}
