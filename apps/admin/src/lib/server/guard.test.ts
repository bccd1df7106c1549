import { describe, expect, it } from 'vitest';
import { signInPath } from './guard.ts';

const locals = (sessionEnded: boolean) => ({ sessionEnded }) as App.Locals;

describe('signInPath', () => {
  it('comes back to the page afterwards, and says so when the session ended on its own', () => {
    const url = new URL('https://admin.example/orders/o1?tab=refunds');
    expect(signInPath(locals(false), url)).toBe('/sign-in?next=%2Forders%2Fo1%3Ftab%3Drefunds');
    expect(signInPath(locals(true), url)).toBe('/sign-in?next=%2Forders%2Fo1%3Ftab%3Drefunds&ended=1');
  });
});
