// A logger whose lines tests read back as objects (the same censoring as the real one), so a
// test can check what was logged, under which request id, and that nothing secret was.
import { createLogger, type Logger } from './logger.ts';

/** One logged line as JSON: pino's fields plus the line's own. */
export type LogLine = Record<string, unknown> & { level: number; msg: string };

export interface LogCapture {
  logger: Logger;
  /** Every line so far. */
  lines(): LogLine[];
  /** Lines at error level (50) or above. */
  errors(): LogLine[];
  clear(): void;
}

export function captureLogs(level: 'info' | 'debug' = 'info'): LogCapture {
  let lines: LogLine[] = [];
  const logger = createLogger({ level, destination: { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) } });
  return {
    logger,
    lines: () => lines,
    errors: () => lines.filter((line) => line.level >= 50),
    clear: () => {
      lines = [];
    },
  };
}
