import base from '@tandem/config/eslint';

// The calling style (docs/architecture.md, "One calling style"): a procedure calls a context
// service; the database client and the payment adapter are never in a router's hands.
const viaServicesOnly = {
  selector: "MemberExpression[object.property.name='services'][property.name=/^(prisma|payments)$/]",
  message: 'Routers call ctx.services.<context>.<useCase>(…); add the use case to the context’s service instead of using the database or the payment adapter here.',
};

export default [
  ...base,
  { files: ['src/routers/**/*.ts', 'src/trpc.ts'], ignores: ['**/*.test.ts'], rules: { 'no-restricted-syntax': ['error', viaServicesOnly] } },
];
