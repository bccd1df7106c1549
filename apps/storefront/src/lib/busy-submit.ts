// A form's submit state for `use:enhance`: the button is disabled while the post is on its way,
// so a second click cannot send it again, and enabled once SvelteKit applied the result.
import type { SubmitFunction } from '@sveltejs/kit';

/**
 * @example <form method="POST" use:enhance={whileBusy((b) => (busy = b))}>
 */
export function whileBusy(set: (busy: boolean) => void): SubmitFunction {
  return () => {
    set(true);
    return async ({ update }) => {
      set(false);
      await update();
    };
  };
}
