/**
 * The one error catalogue. Logs carry the code; people see plain words (from content), never these
 * descriptions. Codes are stable: retire a code rather than reuse it. docs/errors.md has the table.
 */
export const ERRORS = {
  SP_KNOWLEDGE_INVALID: { status: 500, description: 'A knowledge file failed validation at load.' },
  SP_KNOWLEDGE_DANGLING_ID: { status: 500, description: 'A knowledge file refers to an id that does not exist.' },
  SP_KNOWLEDGE_CYCLE: { status: 500, description: 'Benefit rules or passporting edges depend on each other in a cycle.' },
  SP_RATE_MISSING: { status: 500, description: 'No rate or parameter with that id is in force on the assessment date.' },
  SP_FACT_UNKNOWN: { status: 500, description: 'A rule refers to a fact that is neither a contract fact nor a derived fact.' },
  SP_FACTS_INVALID: { status: 400, description: 'Facts given to the engine do not match the contract.' },
  SP_CONFIG_INVALID: { status: 500, description: 'The environment does not give a valid configuration.' },
  SP_STATE_ETAG_CONFLICT: { status: 409, description: 'eTag conflict: the stored item changed since it was read.' },
  SP_STATE_CORRUPT: { status: 500, description: 'A stored state item failed validation when read back.' },
  SP_TURN_LOCK_TIMEOUT: { status: 503, description: 'Another turn of this conversation held the lock for too long.' },
  SP_TURN_FAILED: { status: 500, description: 'A turn failed; the person was told in plain words and can go on.' },
  SP_BAD_REQUEST: { status: 400, description: 'The request body is not a valid activity or form.' },
  SP_NOT_FOUND: { status: 404, description: 'No route at this address.' },
  SP_UNAUTHORIZED: { status: 401, description: 'Bot Framework: the request to /api/messages is not signed for this bot (missing or rejected Authorization header).' },
  SP_DL_UNAUTHORIZED: { status: 401, description: 'Direct Line: the bearer token is missing, malformed or its signature is wrong.' },
  SP_DL_TOKEN_EXPIRED: { status: 403, description: 'Direct Line: the token has expired.' },
  SP_DL_FORBIDDEN: { status: 403, description: 'Direct Line: the token is for another conversation.' },
  SP_DL_CONVERSATION_NOT_FOUND: { status: 404, description: 'Direct Line: no such conversation (never started, or expired).' },
  SP_DL_NOT_SUPPORTED: { status: 501, description: 'Direct Line bridge: updating or deleting an activity is not supported.' },
  SP_CASE_NOT_FOUND: { status: 404, description: 'Handoff: no case with that id (never created, or expired after closing).' },
  SP_CASE_ALREADY_CLAIMED: { status: 409, description: 'Handoff: the case is already claimed by an agent.' },
  SP_CASE_HELD_BY_OTHER: { status: 403, description: 'Handoff: another agent holds the case.' },
  SP_CASE_NOT_CLAIMED: { status: 409, description: 'Handoff: the case must be claimed first.' },
  SP_CASE_CLOSED: { status: 409, description: 'Handoff: the case is closed.' },
  SP_CASE_LIMIT: { status: 409, description: 'Handoff: the case holds as many messages or transcript entries as it can.' },
  SP_CASE_BUSY: { status: 503, description: 'Handoff: the case kept changing while it was being updated.' },
  SP_AGENT_UNAUTHORIZED: { status: 401, description: 'Agent API: the agent session token is missing, malformed or not signed by this service.' },
  SP_AGENT_TOKEN_EXPIRED: { status: 401, description: 'Agent API: the agent session token has expired.' },
  SP_AGENT_LOGIN_FAILED: { status: 401, description: 'Agent API: unknown agent or wrong password.' },
  SP_AGENT_LOGIN_LOCKED: { status: 429, description: 'Agent API: too many failed sign-ins for this agent; wait and try again.' },
  SP_RELAY_FAILED: { status: 502, description: 'Handoff: the case was updated but the person could not be reached.' },
  SP_HANDOFF_FAILED: { status: 500, description: 'Handoff: the request failed unexpectedly.' },
  SP_SMS_DISABLED: { status: 403, description: 'SMS: the webhook is off (no Twilio auth token is configured and unsigned requests are not allowed).' },
  SP_SMS_SIGNATURE_INVALID: { status: 403, description: 'SMS: the X-Twilio-Signature header is missing or does not match the request.' },
  SP_SMS_NOT_SUPPORTED: { status: 501, description: 'SMS: updating or deleting a sent text is not possible.' },
  SP_SMS_NOT_CONFIGURED: { status: 500, description: 'SMS: sending a text later needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM.' },
  SP_SMS_NUMBER_UNKNOWN: { status: 404, description: 'SMS: no phone number is kept for this conversation (it expired or the data was deleted).' },
  SP_SMS_OPTED_OUT: { status: 409, description: 'SMS: the person has opted out of texts (STOP); nothing was sent.' },
  SP_SMS_SEND_FAILED: { status: 502, description: 'SMS: the Twilio REST API refused an outbound text or did not answer.' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** An error with a catalogue code. The message is for logs and developers, never for citizens. */
export class SignpostError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  constructor(code: ErrorCode, detail?: string) {
    super(detail ? `${code}: ${ERRORS[code].description} ${detail}` : `${code}: ${ERRORS[code].description}`);
    this.name = 'SignpostError';
    this.code = code;
    this.status = ERRORS[code].status;
  }
}
