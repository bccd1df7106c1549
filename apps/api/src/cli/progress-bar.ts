// A one-line progress bar for the command-line tools: redrawn in place on a terminal; when the
// output is a log, printed every couple of seconds or, with `stepPercent`, once per step crossed
// (a log of a long import reads 10 %, 20 %, … rather than a line per redraw), and at the end.

export interface Progress {
  done: number;
  total: number;
}

export function formatProgress({ done, total }: Progress, startedAt: number, unit: string): string {
  const width = 30;
  const ratio = total ? Math.min(1, done / total) : 1;
  const filled = Math.round(ratio * width);
  const seconds = (performance.now() - startedAt) / 1000;
  const rate = seconds > 0 ? Math.round(done / seconds) : 0;
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(Math.round(ratio * 100)).padStart(3)} %  ${done}/${total} ${unit}  ${rate}/s`;
}

/** Whether a log (not a terminal) gets a line for this progress: at the end, and per step or every two seconds. */
export function logsProgress(progress: Progress, last: { at: number; step: number }, stepPercent: number | undefined, now: number): boolean {
  if (progress.done >= progress.total) return true;
  if (stepPercent) return Math.floor((progress.done / progress.total) * (100 / stepPercent)) > last.step;
  return now - last.at > 2_000;
}

/** A progress callback writing to stderr; call `end()` once finished. */
export function progressReporter(unit: string, options: { stepPercent?: number; tty?: boolean } = {}): { onProgress: (progress: Progress) => void; end: () => void } {
  const startedAt = performance.now();
  const tty = options.tty ?? process.stderr.isTTY;
  const last = { at: 0, step: 0 };
  let lastRedraw = 0;
  return {
    onProgress: (progress) => {
      const now = performance.now();
      if (tty) {
        // A redraw per callback would cost more than the work on a fast stream.
        if (now - lastRedraw > 100 || progress.done >= progress.total) {
          lastRedraw = now;
          process.stderr.write(`\r${formatProgress(progress, startedAt, unit)}`);
        }
      } else if (logsProgress(progress, last, options.stepPercent, now)) {
        last.at = now;
        last.step = progress.total ? Math.floor((progress.done / progress.total) * (100 / (options.stepPercent ?? 100))) : 0;
        console.error(formatProgress(progress, startedAt, unit));
      }
    },
    end: () => {
      if (tty) process.stderr.write('\n');
    },
  };
}
