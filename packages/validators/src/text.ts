// The one door for text into the API: every string input is built from these helpers, so no
// control character (NUL above all, which PostgreSQL refuses with a server error) and no lone
// surrogate gets past the edge, and text is stored in one Unicode form (NFC). A test walks every
// procedure's input to prove no string field bypasses them (packages/api/src/text-inputs.test.ts).
import { z } from 'zod';

/** The field error for a control character or a broken UTF-16 sequence. */
export const NOT_ALLOWED_CHARACTERS = 'Contains characters that are not allowed';

// C0 controls, DEL and the C1 controls: never typed by a person, never shown sensibly.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// Multi-line text keeps tab, line feed and carriage return.
const CONTROL_BUT_LAYOUT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

// A high surrogate not followed by a low one, or a low one not preceded by a high one: not text,
// and PostgreSQL's UTF-8 cannot store it. (String#isWellFormed is ES2024, beyond our lib.)
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const allowedBy = (forbidden: RegExp) => (value: string) => !forbidden.test(value) && !LONE_SURROGATE.test(value);

/**
 * One line of text (names, codes, ids, titles, searches): NFC-normalised; no control character,
 * not even a tab or a newline. Chain the usual string checks after it.
 * @example `line().trim().min(1, 'Enter your name').max(100)`
 */
export const line = () => z.string().refine(allowedBy(CONTROL), NOT_ALLOWED_CHARACTERS).normalize('NFC');

/**
 * Text that may span lines (messages, descriptions, notes, uploaded CSV): NFC-normalised; tab,
 * line feed and carriage return are kept, every other control character is refused.
 */
export const multiline = () => z.string().refine(allowedBy(CONTROL_BUT_LAYOUT), NOT_ALLOWED_CHARACTERS).normalize('NFC');

/**
 * A password: control characters refused like any line, but never normalised, because stored
 * hashes were made from the characters exactly as typed.
 */
export const secret = () => z.string().refine(allowedBy(CONTROL), NOT_ALLOWED_CHARACTERS);
