// A code the cart kept that no longer applies (expired, used up, the cart changed) is taken
// off when the shopper reaches checkout, with a notice saying which and why, instead of
// blocking "Place order" until they remove it themselves (issue #17, finding 5). The cart keeps
// such a code while it is being filled (it may still grow into it); at checkout the cart is
// final. Placing the order still refuses a code that stops applying after this quote, since
// the shopper was shown a total with it.
import type { PrismaClient } from '@tandem/db';
import { clearCartPromotionCode } from '../carts/index.ts';
import type { CheckoutQuote } from './types.ts';

/**
 * The quote as it stands when its code applies or there is none; otherwise the code is taken
 * off the cart, the cart is quoted again (`requote`) and the result names the dropped code.
 */
export async function withoutStaleCode(prisma: PrismaClient, cartId: string | null, quote: CheckoutQuote, requote: () => Promise<CheckoutQuote>): Promise<CheckoutQuote> {
  const entered = quote.pricing.code;
  if (!cartId || !entered || entered.applied) return quote;
  const reason = entered.reason ?? 'A better offer was chosen for your order.';
  // Someone (another tab) entered a different code meanwhile: quote again and let that one speak.
  if (!(await clearCartPromotionCode(prisma, cartId, entered.code))) return requote();
  return { ...(await requote()), droppedCode: { code: entered.code, reason } };
}
