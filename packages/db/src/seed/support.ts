// The demo store's customer service: the FAQ a bicycle shop is asked every day, and the canned
// replies its agents use. Seeded into new demo stores; the FAQ matching tests use the same list,
// so automatic answers are measured on realistic questions.
import type { PrismaClient } from '../generated/prisma/client.ts';
export interface FaqSeed {
  question: string;
  answer: string;
  keywords: string[];
}

export const DEMO_FAQ: readonly FaqSeed[] = [
  {
    question: 'How long does delivery take?',
    answer: 'Orders placed before 15:00 on a working day leave our warehouse the same day. Standard delivery takes 1–2 working days in the Netherlands and Belgium and 2–4 working days to Germany, France, Austria and Ireland. Bikes travel by freight and take 3–5 working days.',
    keywords: ['shipping time', 'arrive', 'dispatch', 'when will my order arrive', 'delivery time'],
  },
  {
    question: 'How much does shipping cost?',
    answer: 'Standard shipping is free above €50 in the Netherlands and Belgium; below that it costs €4.95. Bike freight costs €49 anywhere we deliver. You see the exact price for your address at checkout before you pay.',
    keywords: ['shipping cost', 'delivery price', 'postage', 'free shipping', 'fee'],
  },
  {
    question: 'Which countries do you deliver to?',
    answer: 'We deliver to the Netherlands, Belgium, Germany, France, Austria and Ireland.',
    keywords: ['ship abroad', 'international', 'country', 'countries', 'deliver'],
  },
  {
    question: 'How do I return a product?',
    answer: 'You can return anything unused within 30 days. Sign in, open the order under "My orders" and choose "Return items", or write to us with your order number. We refund within 5 working days of receiving the parcel. Made-to-measure items cannot be returned unless they are faulty.',
    keywords: ['return policy', 'refund', 'send back', 'exchange', 'money back'],
  },
  {
    question: 'Can I cancel or change my order?',
    answer: 'As long as your order has not shipped you can cancel it from "My orders" or ask us to change it. Once it has shipped, return it instead.',
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
    answer: 'Measure your inseam (floor to crotch, barefoot) and multiply by 0.66 for a road bike or 0.57 for a mountain bike: the result is your frame size in centimetres. Each bike page has a size chart, and the bike builder only offers crank lengths that fit the size you pick.',
    keywords: ['size chart', 'sizing', 'frame size', 'inseam', 'height', 'fit'],
  },
  {
    question: 'What warranty do your bikes and parts have?',
    answer: 'Frames carry the manufacturer\'s warranty (5 years to lifetime, see the product page); parts and accessories have 2 years. Contact us with your order number and photos of the problem and we arrange the repair or replacement.',
    keywords: ['guarantee', 'broken', 'defect', 'faulty', 'repair'],
  },
  {
    question: 'How do I track my order?',
    answer: 'When your order ships you get an e-mail with the tracking number and a link to the carrier. You also find it under "My orders" in your account.',
    keywords: ['tracking number', 'where is my order', 'parcel', 'track and trace', 'status'],
  },
  {
    question: 'How long does a custom or made-to-measure order take?',
    answer: 'Custom-built bikes and made-to-measure clothing are made for you after you order. The builder shows the lead time of your exact configuration before you buy, usually 2–4 weeks; we e-mail you when it ships.',
    keywords: ['lead time', 'custom bike', 'made to measure', 'configurator', 'build time', 'jersey'],
  },
  {
    question: 'Do I get an invoice with VAT?',
    answer: 'Yes. Every order confirmation is a VAT invoice; business customers can add their company name and VAT number to their address before ordering.',
    keywords: ['invoice', 'vat number', 'receipt', 'tax', 'business'],
  },
  {
    question: 'Do bikes arrive assembled?',
    answer: 'Bikes arrive 95% assembled: you fit the handlebar and pedals with the tools in the box, following the included guide (about 15 minutes). Our workshop checks and adjusts every bike before it ships.',
    keywords: ['assembly', 'assembled', 'build', 'setup', 'tools', 'pedals'],
  },
];

export const DEMO_CANNED_REPLIES: readonly { title: string; body: string }[] = [
  { title: 'Looking into it', body: 'Thank you for your message. I am looking into this now and will get back to you within one working day.' },
  { title: 'Return label sent', body: 'I have e-mailed you a prepaid return label. Pack the item in its original box, stick the label on it and drop it at any parcel point; we refund within 5 working days of receiving it.' },
  { title: 'Tracking number', body: 'Your order has shipped. You find the tracking number and the carrier link under "My orders" in your account.' },
  { title: 'Size advice', body: 'For your height and inseam we recommend the frame size in the size chart on the product page. If you are between two sizes, choose the smaller one for a sportier position and the larger one for comfort.' },
];

/** Adds the demo FAQ to a store that has none, and the canned replies by title; safe to re-run. */
export async function seedSupport(prisma: PrismaClient): Promise<{ faq: number; cannedReplies: number }> {
  const existing = await prisma.faqEntry.count();
  if (existing === 0) {
    await prisma.faqEntry.createMany({ data: DEMO_FAQ.map((entry, position) => ({ ...entry, position })) });
  }
  for (const reply of DEMO_CANNED_REPLIES) {
    await prisma.cannedReply.upsert({ where: { title: reply.title }, create: reply, update: {} });
  }
  return { faq: existing || DEMO_FAQ.length, cannedReplies: DEMO_CANNED_REPLIES.length };
}
