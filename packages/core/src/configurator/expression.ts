// A small, safe arithmetic language for formula-priced options: numbers, measurement names,
// + - * / and parentheses, unary minus, and min/max/round/floor/ceil/abs. Parsed by recursive
// descent into a tree and evaluated by walking it: no eval, no Function, no property access.

export type Expr =
  | { type: 'num'; value: number }
  | { type: 'var'; name: string }
  | { type: 'neg'; arg: Expr }
  | { type: 'bin'; op: '+' | '-' | '*' | '/'; left: Expr; right: Expr }
  | { type: 'call'; fn: FunctionName; args: Expr[] };

const FUNCTIONS = {
  min: (xs: number[]) => Math.min(...xs),
  max: (xs: number[]) => Math.max(...xs),
  round: (xs: number[]) => roundHalfAwayFromZero(xs[0]!),
  floor: (xs: number[]) => Math.floor(xs[0]!),
  ceil: (xs: number[]) => Math.ceil(xs[0]!),
  abs: (xs: number[]) => Math.abs(xs[0]!),
} as const;
type FunctionName = keyof typeof FUNCTIONS;
const ARITY: Record<FunctionName, [number, number]> = { min: [1, 8], max: [1, 8], round: [1, 1], floor: [1, 1], ceil: [1, 1], abs: [1, 1] };

export class ExpressionError extends Error {
  override name = 'ExpressionError';
}

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([a-z][a-z0-9_]*)|([-+*/(),]))/y;
const MAX_LENGTH = 300;
const MAX_DEPTH = 32;

/** Parses a formula; throws `ExpressionError` saying what is wrong and where. */
export function parseExpression(source: string): Expr {
  if (source.length > MAX_LENGTH) throw new ExpressionError(`A formula has at most ${MAX_LENGTH} characters.`);
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (!match) {
      if (source.slice(at).trim() === '') break;
      throw new ExpressionError(`Unexpected character at position ${at + 1} of "${source}".`);
    }
    tokens.push(match[1] ?? match[2] ?? match[3]!);
  }
  let pos = 0;
  const peek = () => tokens[pos];
  const take = (expected?: string) => {
    const token = tokens[pos++];
    if (token === undefined || (expected !== undefined && token !== expected)) {
      throw new ExpressionError(`Expected ${expected ?? 'more'} in "${source}".`);
    }
    return token;
  };
  const sum = (depth: number): Expr => {
    if (depth > MAX_DEPTH) throw new ExpressionError('The formula nests too deeply.');
    let left = product(depth);
    while (peek() === '+' || peek() === '-') left = { type: 'bin', op: take() as '+' | '-', left, right: product(depth) };
    return left;
  };
  const product = (depth: number): Expr => {
    let left = unary(depth);
    while (peek() === '*' || peek() === '/') left = { type: 'bin', op: take() as '*' | '/', left, right: unary(depth) };
    return left;
  };
  const unary = (depth: number): Expr => (peek() === '-' ? (take(), { type: 'neg', arg: unary(depth + 1) }) : atom(depth));
  const atom = (depth: number): Expr => {
    const token = take();
    if (/^\d/.test(token)) return { type: 'num', value: Number(token) };
    if (token === '(') {
      const inner = sum(depth + 1);
      take(')');
      return inner;
    }
    if (/^[a-z]/.test(token)) {
      if (peek() !== '(') return { type: 'var', name: token };
      if (!(token in FUNCTIONS)) throw new ExpressionError(`Unknown function "${token}" in "${source}".`);
      const fn = token as FunctionName;
      take('(');
      const args = [sum(depth + 1)];
      while (peek() === ',') {
        take(',');
        args.push(sum(depth + 1));
      }
      take(')');
      const [least, most] = ARITY[fn];
      if (args.length < least || args.length > most) throw new ExpressionError(`${fn} takes ${least === most ? least : `${least} to ${most}`} arguments.`);
      return { type: 'call', fn, args };
    }
    throw new ExpressionError(`Unexpected "${token}" in "${source}".`);
  };
  if (tokens.length === 0) throw new ExpressionError('A formula cannot be empty.');
  const tree = sum(0);
  if (pos !== tokens.length) throw new ExpressionError(`Unexpected "${tokens[pos]}" in "${source}".`);
  return tree;
}

/** The variable names a formula reads, sorted. */
export function variablesOf(expr: Expr): string[] {
  const names = new Set<string>();
  const walk = (e: Expr): void => {
    if (e.type === 'var') names.add(e.name);
    else if (e.type === 'neg') walk(e.arg);
    else if (e.type === 'bin') {
      walk(e.left);
      walk(e.right);
    }
    else if (e.type === 'call') e.args.forEach(walk);
  };
  walk(expr);
  return [...names].sort();
}

/** Evaluates a parsed formula; a missing variable, division by zero or overflow throws. */
export function evaluateExpression(expr: Expr, variables: Readonly<Record<string, number>>): number {
  const value = evaluate(expr, variables);
  if (!Number.isFinite(value)) throw new ExpressionError('The formula has no finite value for these measurements.');
  return value;
}

function evaluate(e: Expr, vars: Readonly<Record<string, number>>): number {
  switch (e.type) {
    case 'num':
      return e.value;
    case 'var': {
      const value = Object.hasOwn(vars, e.name) ? vars[e.name] : undefined;
      if (value === undefined) throw new ExpressionError(`The formula needs "${e.name}", which has no value.`);
      return value;
    }
    case 'neg':
      return -evaluate(e.arg, vars);
    case 'bin': {
      const left = evaluate(e.left, vars);
      const right = evaluate(e.right, vars);
      if (e.op === '/' && right === 0) throw new ExpressionError('The formula divides by zero.');
      return e.op === '+' ? left + right : e.op === '-' ? left - right : e.op === '*' ? left * right : left / right;
    }
    case 'call':
      return FUNCTIONS[e.fn](e.args.map((a) => evaluate(a, vars)));
  }
}

/**
 * Rounds to a whole number, halves away from zero (2.5 → 3, −2.5 → −3). The value is first
 * rounded to 6 decimals so binary noise (0.1 × 3 = 0.30000000000000004) cannot tip a half.
 */
export function roundHalfAwayFromZero(x: number): number {
  const cleaned = Math.round(Math.abs(x) * 1e6) / 1e6;
  const rounded = Math.floor(cleaned + 0.5);
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}
