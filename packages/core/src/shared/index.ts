export { DomainError, NotFoundError, type DomainErrorKind } from './errors.ts';
export { money, type Money } from './money.ts';
