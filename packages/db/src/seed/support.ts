// The demo store's customer service: the FAQ a bicycle shop is asked every day, and the canned
// replies its agents use. Seeded into new demo stores; the FAQ matching tests use the same list,
// so automatic answers are measured on realistic questions. The answers say only what the demo
// store does (its shipping table and promotions in checkout-settings.ts and demo-promotions.ts,
// the order, return and invoice features): an automatic answer is a promise to the shopper.
import type { PrismaClient } from '../generated/prisma/client.ts';
export interface FaqSeed {
  question: string;
  answer: string;
  keywords: string[];
}

export const DEMO_FAQ: readonly FaqSeed[] = [
  {
    question: 'How long does delivery take?',
    answer: 'A standard parcel takes 2–4 days; bikes travel boxed by freight and take 3–6 days. Checkout shows both options for your address, and you get an e-mail with the tracking link when your order ships.',
    keywords: ['shipping time', 'arrive', 'dispatch', 'when will my order arrive', 'delivery time'],
  },
  {
    question: 'How much does shipping cost?',
    answer: 'A standard parcel to the Netherlands costs €4.95 up to 2 kg and €9.95 above, and is free over €50; to Belgium, Germany, France, Austria and Ireland it costs €9.95 up to 2 kg and €19.95 above, free over €100. Bike freight costs €49 anywhere we deliver. While our free-shipping offer runs, orders over €75 ship free. You see the exact price for your address at checkout before you pay.',
    keywords: ['shipping cost', 'delivery price', 'postage', 'free shipping', 'fee'],
  },
  {
    question: 'Which countries do you deliver to?',
    answer: 'We deliver to the Netherlands, Belgium, Germany, France, Austria and Ireland.',
    keywords: ['ship abroad', 'international', 'country', 'countries', 'deliver'],
  },
  {
    question: 'How do I return a product?',
    answer: 'You can ask to return shipped items within 30 days of delivery. Sign in, open the order under "Your orders" and choose "Return items" (without an account, use the order link in your confirmation e-mail), pick the items and tell us why. We e-mail you when we approve the return and when we refund it, with a credit note, once the items are back with us.',
    keywords: ['return policy', 'refund', 'send back', 'exchange', 'money back'],
  },
  {
    question: 'Can I cancel or change my order?',
    answer: 'As long as your order has not shipped you can cancel it from "Your orders" (or the order link in your confirmation e-mail); a paid order is refunded in full. To change it, cancel it and order again. Once it has shipped, return it instead.',
    keywords: ['cancel order', 'modify order', 'change address', 'wrong item ordered'],
  },
  {
    question: 'Which payment methods do you accept?',
    // Only what the demo store offers (seed/checkout-settings.ts): bank transfer and pay on pickup.
    // Card payments exist only where the API has Stripe keys, so checkout, not this answer, names them.
    answer:
      'Checkout lists the payment methods available. You can pay by bank transfer: you get our account details and a payment reference for your order straight away, and we keep your items for 3 days while the money arrives (with a reminder a day before). You can also collect your order at our Amsterdam workshop and pay there, within 7 days.',
    keywords: ['pay', 'payment', 'credit card', 'ideal', 'bank transfer', 'paypal'],
  },
  {
    question: 'How do I choose the right frame size?',
    answer: 'Measure your inseam (floor to crotch, barefoot) and multiply by 0.66 for a road bike or 0.57 for a mountain bike: the result is your frame size in centimetres. Each bike page lists the frame sizes it comes in, and the bike builder only accepts crank lengths that fit the size you pick.',
    keywords: ['size chart', 'sizing', 'frame size', 'inseam', 'height', 'fit'],
  },
  {
    question: 'What warranty do your bikes and parts have?',
    answer: 'Frames carry the manufacturer\'s warranty; parts and accessories have at least the 2-year legal guarantee. Ask us through the contact form with your order number and a description of the problem, and we arrange the repair or replacement.',
    keywords: ['guarantee', 'broken', 'defect', 'faulty', 'repair'],
  },
  {
    question: 'How do I track my order?',
    answer: 'When your order ships you get an e-mail with the carrier, the tracking number and a tracking link. You also find them on the order under "Your orders" in your account, or on the order link in your confirmation e-mail.',
    keywords: ['tracking number', 'where is my order', 'parcel', 'track and trace', 'status'],
  },
  {
    question: 'How long does a custom or made-to-measure order take?',
    answer: 'Custom-built bikes are assembled for you after you order. The bike builder shows how many days your exact configuration takes to be ready to ship before you buy, and we e-mail you when it ships.',
    keywords: ['lead time', 'custom bike', 'made to measure', 'configurator', 'build time', 'jersey'],
  },
  {
    question: 'Do I get an invoice with VAT?',
    answer: 'Yes. Every paid order gets a PDF invoice with the VAT per rate, and every refund a credit note. Download them from the order page in your account, or from the order link in your e-mail.',
    keywords: ['invoice', 'vat number', 'receipt', 'tax', 'business'],
  },
  {
    question: 'Do bikes arrive assembled?',
    answer: 'Bikes arrive mostly assembled in their box: you fit the handlebar and pedals. Custom builds from the bike builder are assembled by our workshop to your configuration.',
    keywords: ['assembly', 'assembled', 'build', 'setup', 'tools', 'pedals'],
  },
];

export const DEMO_CANNED_REPLIES: readonly { title: string; body: string }[] = [
  { title: 'Looking into it', body: 'Thank you for your message. I am looking into this now and will get back to you within one working day.' },
  { title: 'Return approved', body: 'I have approved your return. Pack the items well and send them back to us; once they have arrived we refund them and you get an e-mail with the credit note.' },
  { title: 'Tracking number', body: 'Your order has shipped. You find the tracking number and the carrier link under "My orders" in your account.' },
  { title: 'Size advice', body: 'Multiply your inseam by 0.66 for a road bike or 0.57 for a mountain bike: that is your frame size in centimetres. If you are between two sizes, choose the smaller one for a sportier position and the larger one for comfort.' },
];

/** Adds the demo FAQ to a store that has none, and the canned replies by title; safe to re-run. */
export async function seedSupport(prisma: PrismaClient): Promise<{ faq: number; cannedReplies: number }> {
  const existing = await prisma.faqEntry.count();
  if (existing === 0) {
    await prisma.faqEntry.createMany({ data: DEMO_FAQ.map((entry, position) => ({ ...entry, position })) });
  }
  // One statement: a reply whose title exists is left as the staff edited it.
  await prisma.cannedReply.createMany({ data: [...DEMO_CANNED_REPLIES], skipDuplicates: true });
  return { faq: existing || DEMO_FAQ.length, cannedReplies: DEMO_CANNED_REPLIES.length };
}
