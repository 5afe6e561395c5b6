/**
 * Builds the Teams app package to sideload: `artifacts/signpost-teams.zip` with `manifest.json`
 * (placeholders filled from the environment), `color.png` and `outline.png` at the root of the zip.
 * Node only: the zip is written here with zlib (deflate), no dependencies.
 *
 *   MICROSOFT_APP_ID=<bot app id> PUBLIC_URL=https://signpost.example.org npx tsx channels/teams/package.ts
 *
 * Environment: MICROSOFT_APP_ID (required; the Azure Bot's app id, also used as the Teams app id),
 * PUBLIC_URL (required; https address of the bot, its host goes in validDomains),
 * TEAMS_PRIVACY_URL and TEAMS_TERMS_URL (default: PUBLIC_URL + /privacy and /terms).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { crc32, readPngHeader } from './binary';

export const TEAMS_DIR = __dirname;
export const DEFAULT_OUT = resolve(__dirname, '..', '..', 'artifacts', 'signpost-teams.zip');

/** Top-level fields the Teams manifest schema requires. */
export const REQUIRED_FIELDS = ['manifestVersion', 'version', 'id', 'developer', 'name', 'description', 'icons', 'accentColor'] as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function placeholderValues(env: NodeJS.ProcessEnv): Record<string, string> {
  const appId = env.MICROSOFT_APP_ID ?? '';
  if (!GUID.test(appId)) throw new Error('MICROSOFT_APP_ID must be the Azure Bot app id (a GUID)');
  const publicUrl = (env.PUBLIC_URL ?? '').replace(/\/$/, '');
  let host: string;
  try {
    const u = new URL(publicUrl);
    if (u.protocol !== 'https:') throw new Error('https');
    host = u.host;
  } catch {
    throw new Error('PUBLIC_URL must be the https address of the bot, e.g. https://signpost.example.org');
  }
  return {
    MICROSOFT_APP_ID: appId,
    SIGNPOST_PUBLIC_URL: publicUrl,
    SIGNPOST_DOMAIN: host,
    TEAMS_PRIVACY_URL: env.TEAMS_PRIVACY_URL ?? `${publicUrl}/privacy`,
    TEAMS_TERMS_URL: env.TEAMS_TERMS_URL ?? `${publicUrl}/terms`,
  };
}

/** The manifest text with every `${{NAME}}` replaced; throws when one is left unfilled. */
export function fillManifest(template: string, values: Record<string, string>): string {
  const filled = template.replace(/\$\{\{(\w+)\}\}/g, (m, name: string) => values[name] ?? m);
  const left = filled.match(/\$\{\{\w+\}\}/g);
  if (left) throw new Error(`unfilled placeholders: ${[...new Set(left)].join(', ')}`);
  return filled;
}

/** Problems with a manifest object: required fields, name and description lengths, icons. */
export function checkManifest(manifest: Record<string, any>, dir = TEAMS_DIR): string[] {
  const problems: string[] = [];
  for (const f of REQUIRED_FIELDS) if (manifest[f] === undefined) problems.push(`missing ${f}`);
  for (const f of ['name', 'websiteUrl', 'privacyUrl', 'termsOfUseUrl']) if (!manifest.developer?.[f]) problems.push(`missing developer.${f}`);
  if (!manifest.name?.short || manifest.name.short.length > 30) problems.push('name.short must be 1-30 characters');
  if (manifest.name?.full && manifest.name.full.length > 100) problems.push('name.full must be at most 100 characters');
  if (!manifest.description?.short || manifest.description.short.length > 80) problems.push('description.short must be 1-80 characters');
  if (!manifest.description?.full || manifest.description.full.length > 4000) problems.push('description.full must be 1-4000 characters');
  if (!/^#[0-9a-fA-F]{6}$/.test(manifest.accentColor ?? '')) problems.push('accentColor must be #RRGGBB');
  for (const [key, size] of [['color', 192], ['outline', 32]] as const) {
    const file = manifest.icons?.[key];
    if (!file) { problems.push(`missing icons.${key}`); continue; }
    try {
      const h = readPngHeader(readFileSync(join(dir, file)));
      if (h.width !== size || h.height !== size) problems.push(`icons.${key} must be ${size}×${size}, is ${h.width}×${h.height}`);
    } catch (e) {
      problems.push(`icons.${key}: ${(e as Error).message}`);
    }
  }
  return problems;
}

/** A zip archive (deflate) of the given files, stored flat with a fixed timestamp (reproducible). */
export function zip(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const DOS_TIME = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  for (const { name, data } of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6); // needed
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + packed.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}

/** Builds the package; returns the zip and the filled manifest. */
export function buildPackage(env: NodeJS.ProcessEnv, dir = TEAMS_DIR): { zip: Buffer; manifest: Record<string, any> } {
  const text = fillManifest(readFileSync(join(dir, 'manifest.json'), 'utf8'), placeholderValues(env));
  const manifest = JSON.parse(text) as Record<string, any>;
  const problems = checkManifest(manifest, dir);
  if (problems.length > 0) throw new Error(`manifest problems:\n- ${problems.join('\n- ')}`);
  return {
    manifest,
    zip: zip([
      { name: 'manifest.json', data: Buffer.from(text, 'utf8') },
      { name: manifest.icons.color, data: readFileSync(join(dir, manifest.icons.color)) },
      { name: manifest.icons.outline, data: readFileSync(join(dir, manifest.icons.outline)) },
    ]),
  };
}

if (require.main === module) {
  const outArg = process.argv.indexOf('--out');
  const out = outArg > 0 && process.argv[outArg + 1] ? resolve(process.argv[outArg + 1] as string) : DEFAULT_OUT;
  try {
    const { zip: archive } = buildPackage(process.env);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, archive);
    process.stdout.write(`wrote ${out} (${archive.length} bytes)\n`);
  } catch (err) {
    console.error((err as Error).message);
    process.exitCode = 1;
  }
}
