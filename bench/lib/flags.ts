// Reading numeric and boolean flags, each with a BENCH_* environment variable as fallback
// (`--pg-port` ↔ BENCH_PG_PORT), shared by the benchmarks' option parsers.

export interface FlagReader {
  /** The flag's number, else its environment variable's, else `fallback`; refuses values below `min`. */
  number: (name: string, value: string | undefined, fallback: number, min: number) => number;
  /** The flag when given, else whether its environment variable is set to something other than "", "0" or "false". */
  boolean: (name: string, value: boolean | undefined) => boolean;
  /** The flag's raw string, else its environment variable's, else `fallback`. */
  string: (name: string, value: string | undefined, fallback: string) => string;
}

export function envName(flag: string): string {
  return `BENCH_${flag.toUpperCase().replace(/-/g, '_')}`;
}

export function truthy(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

export function flagReader(env: NodeJS.ProcessEnv, usage: string): FlagReader {
  return {
    number: (name, value, fallback, min) => {
      const raw = value ?? env[envName(name)];
      if (raw === undefined || raw === '') return fallback;
      const n = Number(raw);
      if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min}, got "${raw}"\n${usage}`);
      return n;
    },
    boolean: (name, value) => value ?? truthy(env[envName(name)]),
    string: (name, value, fallback) => {
      const raw = value ?? env[envName(name)];
      return raw === undefined || raw === '' ? fallback : raw;
    },
  };
}

/** Drops the `--` that `pnpm <script> -- --flag` passes through. */
export function withoutSeparator(argv: readonly string[]): string[] {
  return argv.filter((arg) => arg !== '--');
}
