/** Twilio's webhook signature, checked against signatures computed outside this codebase (fixtures). */
import { parseForm, twilioSignature, validTwilioSignature } from '../../channels/sms/signature';
import { signedFixture as fixture, type SignedFixture } from './fixtures';

const form = (f: SignedFixture) => parseForm(new URLSearchParams(f.params).toString());

describe('twilioSignature', () => {
  it.each(['twilio-docs-example.json', 'inbound-signed.json', 'inbound-signed-query.json'])('reproduces %s', (name) => {
    const f = fixture(name);
    expect(twilioSignature(f.authToken, f.url, form(f))).toBe(f.signature);
    expect(validTwilioSignature(f.authToken, f.signature, f.url, form(f))).toBe(true);
  });

  it('sorts parameters by name and repeated values by value', () => {
    const f = fixture('inbound-signed-query.json');
    const shuffled = parseForm(new URLSearchParams([...f.params].reverse()).toString());
    expect(twilioSignature(f.authToken, f.url, shuffled)).toBe(f.signature);
  });

  it('accepts the URL with or without the default port', () => {
    const f = fixture('twilio-docs-example.json');
    expect(validTwilioSignature(f.authToken, f.signature, 'https://mycompany.com:443/myapp.php?foo=1&bar=2', form(f))).toBe(true);
    const signedWithPort = twilioSignature(f.authToken, 'https://mycompany.com:443/myapp.php?foo=1&bar=2', form(f));
    expect(validTwilioSignature(f.authToken, signedWithPort, f.url, form(f))).toBe(true);
  });

  it('rejects a wrong token, a changed parameter, an extra parameter, another URL, a missing or malformed header', () => {
    const f = fixture('inbound-signed.json');
    const params = form(f);
    expect(validTwilioSignature('another-token-123', f.signature, f.url, params)).toBe(false);
    expect(validTwilioSignature(f.authToken, f.signature, f.url, { ...params, Body: ['changed'] })).toBe(false);
    expect(validTwilioSignature(f.authToken, f.signature, f.url, { ...params, Extra: ['1'] })).toBe(false);
    expect(validTwilioSignature(f.authToken, f.signature, 'https://evil.example.org/api/sms', params)).toBe(false);
    expect(validTwilioSignature(f.authToken, f.signature, 'http://signpost.example.org/api/sms', params)).toBe(false);
    expect(validTwilioSignature(f.authToken, undefined, f.url, params)).toBe(false);
    expect(validTwilioSignature(f.authToken, '', f.url, params)).toBe(false);
    expect(validTwilioSignature(f.authToken, 'short', f.url, params)).toBe(false);
    expect(validTwilioSignature('', f.signature, f.url, params)).toBe(false);
  });

  it('parses form bodies keeping "+" as space, UTF-8, repeated names and empty values', () => {
    expect(parseForm('Body=T%C5%B7+%C5%B4yn+%26+%C2%A3200&ToCity=&Tag=b&Tag=a')).toEqual({ Body: ['Tŷ Ŵyn & £200'], ToCity: [''], Tag: ['b', 'a'] });
  });
});
