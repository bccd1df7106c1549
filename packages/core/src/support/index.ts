// The support context's only public door: questions, conversations, the inbox, FAQ.
export { createSupportService, type SupportService, type SupportServiceOptions } from './support-service.ts';
export { rankFaq, bestFaqMatch, DEFAULT_AUTO_ANSWER_THRESHOLD } from './faq-matching.ts';
export { DEFAULT_RESPONSE_TARGET_HOURS, ticketReference } from './sla.ts';
export { QUESTIONS_PER_IP, type Agent, type Asker } from './deps.ts';
export type * from './types.ts';
export { anonymizeTicketsOf } from './anonymize-tickets.ts';
