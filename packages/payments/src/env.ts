import { z } from 'zod';

// An empty value (`STRIPE_SECRET_KEY=` in a .env file) means "not set".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const PaymentsEnvSchema = z
  .object({
    STRIPE_SECRET_KEY: optional(z.string().regex(/^(sk|rk)_/, 'must be a Stripe secret key (sk_… or rk_…)')),
    STRIPE_WEBHOOK_SECRET: optional(z.string().min(1)),
    STRIPE_WEBHOOK_TOLERANCE_SECONDS: optional(z.coerce.number().int().positive()),
    STRIPE_API_HOST: optional(z.string().min(1)),
    STRIPE_API_PORT: optional(z.coerce.number().int().min(1).max(65_535)),
    STRIPE_API_PROTOCOL: optional(z.enum(['http', 'https'])),
    PAYMENTS_OFFLINE_AUTOCONFIRM: optional(z.enum(['true', 'false'])),
  })
  .superRefine((env, ctx) => {
    if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['STRIPE_WEBHOOK_SECRET'],
        message: 'is required when STRIPE_SECRET_KEY is set (orders are confirmed by webhooks)',
      });
    }
  });

export type PaymentsEnv = z.infer<typeof PaymentsEnvSchema>;

/** Parses the payments part of the environment, or throws one readable error listing every problem. */
export function parsePaymentsEnv(env: Record<string, string | undefined>): PaymentsEnv {
  const parsed = PaymentsEnvSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
  throw new Error(`Invalid payments configuration: ${problems.join('; ')}`);
}
