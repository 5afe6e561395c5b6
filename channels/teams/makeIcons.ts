/**
 * Draws the Teams app icons with Node only: `color.png` (192×192, white signpost on Citizens Advice
 * blue) and `outline.png` (32×32, the same signpost in white on a transparent background, as Teams
 * requires). Shapes are drawn in unit coordinates with 4×4 supersampling for smooth edges.
 *
 *   npx tsx channels/teams/makeIcons.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng } from './binary';

type Shape = (x: number, y: number) => boolean;

const rect = (x0: number, y0: number, x1: number, y1: number): Shape => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
/** A triangle given by three points (barycentric sign test). */
const triangle = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape => (x, y) => {
  const s = (px: number, py: number, qx: number, qy: number) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = s(ax, ay, bx, by);
  const d2 = s(bx, by, cx, cy);
  const d3 = s(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};

/** A signpost: a pole on a base, one sign pointing right and one pointing left. */
const SIGNPOST: Shape[] = [
  rect(0.46, 0.16, 0.54, 0.86), // pole
  rect(0.34, 0.84, 0.66, 0.9), // base
  rect(0.22, 0.22, 0.66, 0.38), triangle(0.66, 0.19, 0.66, 0.41, 0.8, 0.3), // right-pointing sign
  rect(0.34, 0.48, 0.78, 0.64), triangle(0.34, 0.45, 0.34, 0.67, 0.2, 0.56), // left-pointing sign
];

function coverage(size: number, px: number, py: number, margin: number): number {
  const n = 4;
  let hits = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const u = ((px + (i + 0.5) / n) / size - margin) / (1 - 2 * margin);
      const v = ((py + (j + 0.5) / n) / size - margin) / (1 - 2 * margin);
      if (SIGNPOST.some((s) => s(u, v))) hits++;
    }
  }
  return hits / (n * n);
}

/** Citizens Advice blue. */
const BACKGROUND = [0x00, 0x4b, 0x88] as const;

export function colorIcon(size = 192): Buffer {
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = coverage(size, x, y, 0.08);
      const o = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) px[o + k] = Math.round((BACKGROUND[k] as number) * (1 - a) + 255 * a);
      px[o + 3] = 255;
    }
  }
  return encodePng(size, size, px);
}

export function outlineIcon(size = 32): Buffer {
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const o = (y * size + x) * 4;
      px[o] = 255; px[o + 1] = 255; px[o + 2] = 255;
      px[o + 3] = Math.round(255 * coverage(size, x, y, 0.02));
    }
  }
  return encodePng(size, size, px);
}

if (require.main === module) {
  writeFileSync(join(__dirname, 'color.png'), colorIcon());
  writeFileSync(join(__dirname, 'outline.png'), outlineIcon());
  process.stdout.write('wrote channels/teams/color.png (192×192) and channels/teams/outline.png (32×32)\n');
}
