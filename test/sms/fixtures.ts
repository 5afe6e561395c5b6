/** Signed webhook fixtures (`test/fixtures/sms`): signatures computed outside this codebase. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SignedFixture {
  authToken: string;
  url: string;
  params: [string, string][];
  signature: string;
}

export function signedFixture(name: string): SignedFixture {
  return JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'sms', name), 'utf8')) as SignedFixture;
}
