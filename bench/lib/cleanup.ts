// Teardown steps run in reverse order of registration, once, on success, failure or Ctrl-C.
export class Cleanup {
  private readonly steps: { name: string; run: () => Promise<void> | void }[] = [];
  private running: Promise<void> | undefined;
  /** Set once Ctrl-C or SIGTERM arrived; failures after that are expected and not worth printing. */
  interrupted = false;

  add(name: string, run: () => Promise<void> | void): void {
    this.steps.push({ name, run });
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.reverse()) {
        try {
          await step.run();
        } catch (error) {
          console.error(`cleanup: ${step.name} failed:`, error);
        }
      }
    })();
    return this.running;
  }

  /** Runs a benchmark's body, then the teardown; a failure (not one after Ctrl-C) is printed and exits 1. */
  async around(body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (error) {
      if (!this.interrupted) {
        console.error(error instanceof Error ? error.message : error);
        process.exitCode = 1;
      }
    } finally {
      await this.run();
    }
  }

  /** Runs the teardown and exits when the process is interrupted. */
  onSignals(): void {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        this.interrupted = true;
        console.error(`\n${signal}: cleaning up…`);
        void this.run().finally(() => process.exit(130));
      });
    }
  }
}
