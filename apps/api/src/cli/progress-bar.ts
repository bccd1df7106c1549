// A one-line progress bar for the command-line tools: redrawn in place on a terminal, printed
// every couple of seconds (and at the end) when the output is a log.

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

/** A progress callback writing to stderr; call `end()` once finished. */
export function progressReporter(unit: string): { onProgress: (progress: Progress) => void; end: () => void } {
  const startedAt = performance.now();
  const tty = process.stderr.isTTY;
  let lastLine = 0;
  return {
    onProgress: (progress) => {
      if (tty) process.stderr.write(`\r${formatProgress(progress, startedAt, unit)}`);
      else if (progress.done === progress.total || performance.now() - lastLine > 2_000) {
        lastLine = performance.now();
        console.error(formatProgress(progress, startedAt, unit));
      }
    },
    end: () => {
      if (tty) process.stderr.write('\n');
    },
  };
}
