/** The Teams app package: manifest required fields (per the schema), bot and message extension, icons, zip. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { readPngHeader } from '../../channels/teams/binary';
import { buildPackage, checkManifest, fillManifest, placeholderValues, REQUIRED_FIELDS } from '../../channels/teams/package';

const DIR = join(__dirname, '..', '..', 'channels', 'teams');
const template = readFileSync(join(DIR, 'manifest.json'), 'utf8');
const manifest = JSON.parse(template);
const ENV = { MICROSOFT_APP_ID: '12345678-1234-1234-1234-123456789abc', PUBLIC_URL: 'https://signpost.example.org' };

test('has every top-level field the schema requires, with the required sub-fields', () => {
  for (const f of REQUIRED_FIELDS) expect(manifest).toHaveProperty(f);
  expect(manifest.developer).toEqual(expect.objectContaining({ name: expect.any(String), websiteUrl: expect.any(String), privacyUrl: expect.any(String), termsOfUseUrl: expect.any(String) }));
  expect(manifest.name).toEqual(expect.objectContaining({ short: expect.any(String), full: expect.any(String) }));
  expect(manifest.description).toEqual(expect.objectContaining({ short: expect.any(String), full: expect.any(String) }));
  expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
  expect(manifest.accentColor).toMatch(/^#[0-9A-Fa-f]{6}$/);
  expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
});

test('the schema URL and manifestVersion agree (current schema per the reference notes)', () => {
  const m = /\/teams\/v(\d+\.\d+)\/MicrosoftTeams\.schema\.json$/.exec(manifest.$schema);
  expect(m?.[1]).toBe(manifest.manifestVersion);
  expect(Number(manifest.manifestVersion.split('.')[1])).toBeGreaterThanOrEqual(19);
});

test('the app id placeholder is used for the app, the bot and the message extension', () => {
  expect(manifest.id).toBe('${{MICROSOFT_APP_ID}}');
  expect(manifest.bots[0].botId).toBe('${{MICROSOFT_APP_ID}}');
  expect(manifest.composeExtensions[0].botId).toBe('${{MICROSOFT_APP_ID}}');
  expect(manifest.validDomains).toEqual(['${{SIGNPOST_DOMAIN}}']);
});

test('bot in personal, team and group chat scopes with commands; search command searchBenefit with searchQuery', () => {
  expect(manifest.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
  const commands = manifest.bots[0].commandLists[0].commands;
  expect(commands.length).toBeLessThanOrEqual(10);
  for (const c of commands) {
    expect(c.title.length).toBeLessThanOrEqual(32);
    expect(c.description.length).toBeLessThanOrEqual(128);
  }
  const search = manifest.composeExtensions[0].commands[0];
  expect(search).toMatchObject({ id: 'searchBenefit', type: 'query' });
  expect(search.parameters[0].name).toBe('searchQuery');
});

test('icons exist with the right sizes; the outline icon is white on transparent', () => {
  const color = readPngHeader(readFileSync(join(DIR, 'color.png')));
  expect([color.width, color.height]).toEqual([192, 192]);
  const outlinePng = readFileSync(join(DIR, 'outline.png'));
  const outline = readPngHeader(outlinePng);
  expect([outline.width, outline.height]).toEqual([32, 32]);
  expect(outline.colorType).toBe(6);
  // Decode (8-bit RGBA, filter 0 rows as written by makeIcons.ts): every pixel white, alpha varies.
  const idat = outlinePng.subarray(41, 41 + outlinePng.readUInt32BE(33));
  expect(outlinePng.toString('ascii', 37, 41)).toBe('IDAT');
  const raw = inflateSync(idat);
  const alphas = new Set<number>();
  for (let y = 0; y < 32; y++) {
    expect(raw[y * 129]).toBe(0);
    for (let x = 0; x < 32; x++) {
      const o = y * 129 + 1 + x * 4;
      expect([raw[o], raw[o + 1], raw[o + 2]]).toEqual([255, 255, 255]);
      alphas.add(raw[o + 3]!);
    }
  }
  expect(alphas.has(0)).toBe(true);
  expect(alphas.has(255)).toBe(true);
});

test('packaging fills every placeholder, checks the manifest and zips three files at the root', () => {
  const values = placeholderValues(ENV);
  expect(values.SIGNPOST_DOMAIN).toBe('signpost.example.org');
  const filled = JSON.parse(fillManifest(template, values));
  expect(checkManifest(filled, DIR)).toEqual([]);
  expect(filled.id).toBe(ENV.MICROSOFT_APP_ID);
  expect(filled.developer.privacyUrl).toBe('https://signpost.example.org/privacy');
  const { zip } = buildPackage(ENV, DIR);
  expect(zip.readUInt32LE(0)).toBe(0x04034b50);
  const names = [...zip.toString('latin1').matchAll(/PK\x01\x02[\s\S]{42}(manifest\.json|color\.png|outline\.png)/g)].map((m) => m[1]);
  expect(names).toEqual(['manifest.json', 'color.png', 'outline.png']);
  expect(() => placeholderValues({ PUBLIC_URL: ENV.PUBLIC_URL })).toThrow(/MICROSOFT_APP_ID/);
  expect(() => placeholderValues({ ...ENV, PUBLIC_URL: 'http://insecure' })).toThrow(/https/);
  expect(() => fillManifest(template, {})).toThrow(/unfilled/);
});

test('the README and scripts are there', () => {
  for (const f of ['README.md', 'makeIcons.ts', 'package.ts']) expect(existsSync(join(DIR, f))).toBe(true);
});
