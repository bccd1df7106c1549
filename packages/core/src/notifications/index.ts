// The notifications context's only public door.
export { relayOutbox, type Mailer, type OutgoingEmail } from './relay-outbox.ts';
