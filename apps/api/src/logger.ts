// The API's one logger (pino): a JSON object per line for log collectors, or readable lines when
// a person watches (a terminal, or LOG_FORMAT=pretty). Nothing secret or personal reaches it:
// credential headers and password/token/e-mail fields are censored by path, and e-mail
// addresses inside messages and error texts are masked (a mail server's "550 <bob@…>" included).
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import pretty from 'pino-pretty';
import { z } from 'zod';

export type { Logger } from 'pino';

const LogEnv = z.object({
  /** The least severe level written: fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `json` (one object per line), `pretty`, or unset: pretty on a terminal, JSON otherwise. */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
});

/** Fields censored wherever they appear (one level deep for the `*.` paths). */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-tandem-internal-secret"]',
  'req.headers["x-cart-token"]',
  'res.headers["set-cookie"]',
  'password',
  '*.password',
  'token',
  '*.token',
  'email',
  '*.email',
  'to',
  '*.to',
];

// Local part and domain of an address; addresses under the reserved `.localhost` name (RFC 6761,
// the demo store's accounts) belong to nobody and stay readable in the start-up lines.
const EMAIL = /[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})/g;

/** `text` with every e-mail address but `…@….localhost` ones replaced by `***@domain`. */
export function maskEmails(text: string): string {
  return text.replace(EMAIL, (address, domain: string) => (/(^|\.)localhost$/i.test(domain) ? address : `***@${domain}`));
}

export interface LoggerSettings {
  level?: pino.LevelWithSilent;
  pretty?: boolean;
  /** Where lines go; default standard output. Tests pass a stream they read back. */
  destination?: DestinationStream;
}

/** A logger with Tandem's censoring; `pretty` writes readable lines instead of JSON. */
export function createLogger(settings: LoggerSettings = {}): Logger {
  const options: LoggerOptions = {
    level: settings.level ?? 'info',
    base: { pid: process.pid },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: serializeError },
    hooks: {
      // Messages are free text: the one place an address could slip in unnoticed.
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? maskEmails(arg) : arg)) as Parameters<typeof method>);
      },
    },
  };
  if (settings.pretty) return pino(options, pretty({ sync: true, colorize: process.stdout.isTTY, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss', destination: settings.destination ?? 1 }));
  return settings.destination ? pino(options, settings.destination) : pino(options);
}

function serializeError(error: unknown): Record<string, unknown> {
  const serialized = pino.stdSerializers.err(error instanceof Error ? error : new Error(String(error)));
  return { ...serialized, message: maskEmails(serialized.message), stack: maskEmails(serialized.stack) };
}

/** The settings LOG_LEVEL and LOG_FORMAT ask for (throws, naming the variable, on a bad value). */
export function loggerSettingsFromEnv(source: NodeJS.ProcessEnv = process.env): LoggerSettings {
  const parsed = LogEnv.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  const { LOG_LEVEL, LOG_FORMAT } = parsed.data;
  return { level: LOG_LEVEL, pretty: LOG_FORMAT ? LOG_FORMAT === 'pretty' : process.stdout.isTTY === true };
}

/** The process's logger, set up from the environment on first use. */
export const log: Logger = createLogger(loggerSettingsFromEnv());
