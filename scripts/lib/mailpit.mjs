// `pnpm start`'s local mail server: Mailpit (scripts/mailpit.sh) catches the shop's outgoing
// e-mail so it can be read in a browser. Used only when no SMTP_URL is configured; when it
// cannot start (no Go, a taken port) the API falls back to printing e-mails to its log.
import { spawnSync } from 'node:child_process';

/**
 * Starts Mailpit on `smtpPort` (SMTP) and `webPort` (web UI and API), installing it once.
 * Returns its URLs and a `stop`, or `{ error }` saying why it did not start.
 */
export function startMailpit(smtpPort, webPort) {
  // stderr shows the one-time install's progress; stdout carries the two URLs.
  const started = spawnSync('bash', ['scripts/mailpit.sh', 'start', String(smtpPort), String(webPort)], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (started.status !== 0) return { error: `scripts/mailpit.sh exited with ${started.status ?? started.signal}` };
  const [smtpUrl, webUrl] = started.stdout.trim().split(/\s+/);
  return { smtpUrl, webUrl, stop: () => spawnSync('bash', ['scripts/mailpit.sh', 'stop', String(smtpPort)], { stdio: 'ignore' }) };
}
