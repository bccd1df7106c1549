// One answer to double submits in both apps: while a form's request is on its way, its submit
// buttons are disabled and the form is marked busy, so a second click sends nothing. It is only
// the first line: creates that must never repeat also carry a form key the server checks
// (see form-key.ts), as a retried request or a form without JavaScript can still arrive twice.
import type { SubmitFunction } from '@sveltejs/kit';

export interface PendingSubmitOptions {
  /** Clear the form after a successful answer (SvelteKit's default: true). */
  reset?: boolean;
  /** Told when the request starts (true) and when its answer is applied (false), e.g. for a status line. */
  onPending?: (pending: boolean) => void;
}

// What this file touches of the DOM, named structurally: web-kit compiles without the DOM library.
interface Control {
  tagName: string;
  type?: string;
  disabled?: boolean;
}
interface FormLike {
  elements: ArrayLike<Control>;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
}

/** The buttons that submit this form: its own and those elsewhere naming it with `form=`. */
function submitButtonsOf(form: FormLike): Control[] {
  return Array.from(form.elements).filter((el) => (el.tagName === 'BUTTON' && el.type === 'submit') || (el.tagName === 'INPUT' && (el.type === 'submit' || el.type === 'image')));
}

/**
 * A `use:enhance` submit function that disables the form's submit buttons until the answer is in.
 *
 * @example <form method="POST" action="?/create" use:enhance={pendingSubmit({ reset: false })}>
 */
export function pendingSubmit(options: PendingSubmitOptions = {}): SubmitFunction {
  return ({ formElement }) => {
    const form = formElement as unknown as FormLike;
    // Only the buttons this request disabled are enabled again (a button disabled for another reason stays so).
    const disabled = submitButtonsOf(form).filter((button) => !button.disabled);
    for (const button of disabled) button.disabled = true;
    form.setAttribute('aria-busy', 'true');
    options.onPending?.(true);
    return async ({ update }) => {
      try {
        await update({ reset: options.reset ?? true });
      } finally {
        for (const button of disabled) button.disabled = false;
        form.removeAttribute('aria-busy');
        options.onPending?.(false);
      }
    };
  };
}
