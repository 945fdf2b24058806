#!/usr/bin/env node
/**
 * Draws the add-in's icons (a deep-blue document with a folded corner and a white tick) and writes
 * them as PNGs into assets/: icon-16/32/64/80/128.png. Uses only node:zlib: the PNG encoder and a
 * small anti-aliased rasteriser are below. Run: node scripts/make-icons.mjs
 */
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const SIZES = [16, 32, 64, 80, 128];

const DEEP_BLUE = [11, 61, 145]; // #0B3D91
const FOLD_BLUE = [120, 160, 225]; // the turned-down corner
const WHITE = [255, 255, 255];

// ---- PNG encoding -------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encode RGBA pixels (Uint8Array, width*height*4) as a PNG file. */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 4)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(
      raw,
      y * (1 + width * 4) + 1,
    );
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---- Drawing (unit square, y down) ------------------------------------------------------------

function insidePolygon(x, y, pts) {
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i];
    const [xj, yj] = pts[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** The page's edges, snapped to whole pixels so small icons stay crisp. */
function geometry(size) {
  const snap = (v) => Math.round(v * size) / size;
  const left = snap(0.17);
  const right = snap(0.83);
  const top = snap(0.05);
  const bottom = snap(0.95);
  const fold = snap(0.25);
  return {
    page: [
      [left, top],
      [right - fold, top],
      [right, top + fold],
      [right, bottom],
      [left, bottom],
    ],
    foldTriangle: [
      [right - fold, top],
      [right, top + fold],
      [right - fold, top + fold],
    ],
  };
}

const TICK = [
  [0.3, 0.6],
  [0.45, 0.75],
  [0.71, 0.45],
];

/** Colour (or undefined: transparent) of the point (x, y) of an icon `size` pixels wide. */
function colourAt(x, y, size, shape) {
  // Thicker strokes at small sizes so the tick survives at 16 px.
  const half = size <= 16 ? 0.075 : size <= 32 ? 0.065 : 0.055;
  if (
    distanceToSegment(x, y, TICK[0], TICK[1]) <= half ||
    distanceToSegment(x, y, TICK[1], TICK[2]) <= half
  ) {
    return WHITE;
  }
  if (insidePolygon(x, y, shape.foldTriangle)) return FOLD_BLUE;
  if (insidePolygon(x, y, shape.page)) return DEEP_BLUE;
  return undefined;
}

/** Render with 4x4 supersampling; colours are averaged over covered samples (premultiplied). */
export function drawIcon(size) {
  const n = 4;
  const rgba = new Uint8Array(size * size * 4);
  const shape = geometry(size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt(
            (px + (sx + 0.5) / n) / size,
            (py + (sy + 0.5) / n) / size,
            size,
            shape,
          );
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(g / covered);
        rgba[i + 2] = Math.round(b / covered);
        rgba[i + 3] = Math.round((255 * covered) / (n * n));
      }
    }
  }
  return rgba;
}

function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const dir = join(root, "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(`wrote assets/icon-${size}.png`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
