// Customer service on the storefront: asking a question (from the contact page or a product
// page) and the actions of a conversation page, shared by the guest link (/support/<token>) and
// the customer's account (/account/support/<number>).
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { AskQuestionInput, ShopperReplyInput, type ConversationRef } from '@tandem/validators';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { newFormKey } from '@tandem/web-kit/form-key';
import { textFields, validate } from '@tandem/web-kit/forms';

export const ASK_FIELDS = ['name', 'email', 'subject', 'message'] as const;

/** Where a conversation lives: the customer's account page, or the guest's secret link. */
export function conversationPath(conversation: { number: number }, token: string, signedIn: boolean): string {
  return signedIn ? `/account/support/${conversation.number}` : `/support/${token}`;
}

/** Asks the question on the form and shows the conversation (with the instant answer, if any). */
export async function askQuestion(event: RequestEvent) {
  const form = await event.request.formData();
  const values = textFields(form, [...ASK_FIELDS, 'requestKey', 'productId']);
  // A product page's form has no key without JavaScript (a cached page carries none): one is
  // issued now, and the form shown again after a refusal keeps it.
  if (!values.requestKey) values.requestKey = newFormKey();
  const parsed = validate(AskQuestionInput, {
    ...values,
    subject: values.subject.trim() || undefined,
    productId: values.productId || undefined,
  });
  if (!parsed.ok) return invalidForm(values, parsed.errors);
  let path: string;
  try {
    const { conversation, token } = await event.locals.api.support.ask.mutate(parsed.data);
    path = conversationPath(conversation, token, event.locals.customer !== null);
  } catch (cause) {
    return refusedForm(values, cause, ASK_FIELDS);
  }
  redirect(303, path);
}

/** The reply and "I still need a person" actions of a conversation page. */
export function conversationActions(refOf: (event: RequestEvent) => ConversationRef, pathOf: (event: RequestEvent) => string) {
  return {
    reply: async (event: RequestEvent) => {
      const values = textFields(await event.request.formData(), ['body', 'requestKey']);
      const parsed = validate(ShopperReplyInput, { conversation: refOf(event), body: values.body, requestKey: values.requestKey });
      if (!parsed.ok) return invalidForm({ body: values.body }, parsed.errors);
      try {
        await event.locals.api.support.reply.mutate(parsed.data);
      } catch (cause) {
        return refusedForm({ body: values.body }, cause, ['body']);
      }
      redirect(303, `${pathOf(event)}?sent=1`);
    },
    requestPerson: async (event: RequestEvent) => {
      try {
        await event.locals.api.support.requestPerson.mutate(refOf(event));
      } catch (cause) {
        return refusedForm({ body: '' }, cause, []);
      }
      redirect(303, `${pathOf(event)}?escalated=1`);
    },
  };
}
