/**
 * zod schemas for what Direct Line clients send (checked against DirectLineJS 0.15.5 and Web Chat
 * 4.18.1's postActivity saga): the bearer header, the watermark query, the start body and the
 * activities a person may post. Anything not listed is dropped, so clients cannot set ids,
 * conversations, recipients or roles.
 */
import { z } from 'zod';

/** Longest text a person may send, as on `/api/messages`. */
export const MAX_TEXT_CHARS = 5000;
const MAX_BLOB_CHARS = 8192;

const smallJson = (what: string) => (value: unknown) =>
  value === undefined || (JSON.stringify(value)?.length ?? 0) <= MAX_BLOB_CHARS || `${what} is too large`;

/** `Authorization: Bearer <token>` (scheme case-insensitive). */
export const bearerSchema = z.string().max(2048).regex(/^Bearer\s+\S+$/i).transform((h) => h.replace(/^Bearer\s+/i, ''));

/** `?watermark=`: empty (DirectLineJS's first poll) or a whole number. */
export const watermarkSchema = z.string().regex(/^\d{0,15}$/, 'a whole number').transform((w) => (w === '' ? 0 : Number(w)));

/** Body of `POST /v3/directline/conversations` (DirectLineJS sends `{ user: { id }, locale }`; all optional). */
export const startBodySchema = z.object({
  user: z.object({ id: z.string().min(1).max(256).optional(), name: z.string().max(256).optional() }).strip().optional(),
  locale: z.string().max(64).optional(),
}).strip();

const accountSchema = z.object({
  id: z.string().min(1).max(256),
  name: z.string().max(256).optional(),
}).strip();

/** An activity a person posts: a message or an event, text of at most 5000 characters, a sender id. */
export const inboundActivitySchema = z.object({
  type: z.enum(['message', 'event']),
  from: accountSchema,
  text: z.string().max(MAX_TEXT_CHARS).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  /** Event name, or the name of a messageBack. */
  name: z.string().min(1).max(256).optional(),
  value: z.unknown().refine(smallJson('value')).optional(),
  locale: z.string().max(64).optional(),
  localTimestamp: z.string().max(64).optional(),
  localTimezone: z.string().max(64).optional(),
  /** Web Chat puts `clientActivityID` here and needs it echoed back to mark the message as sent. */
  channelData: z.object({ clientActivityID: z.string().max(128).optional() }).passthrough().refine(smallJson('channelData')).optional(),
  entities: z.array(z.object({ type: z.string().max(128) }).passthrough()).max(10).refine(smallJson('entities')).optional(),
  /** Web Chat sends `[]` with every message; files would go to `/upload`, which this bridge does not offer. */
  attachments: z.array(z.unknown()).max(0, 'attachments are not supported').optional(),
}).strip();

/** A validated inbound activity. */
export type InboundActivity = z.infer<typeof inboundActivitySchema>;
