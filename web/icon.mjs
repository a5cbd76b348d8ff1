// The add-in's icon, drawn here at each size Office asks for (16, 32, 64 and 80 pixels) and
// written as PNG: a blue tile with three bars of a chart, the last one green, as on the
// dashboard. Each pixel is the average of 4 × 4 samples, so that edges are smooth at 16 px.
import { deflateSync } from "node:zlib";

import { crc32 } from "./src/crc32.js";

const BLUE = [43, 87, 154];
const WHITE = [255, 255, 255];
const GREEN = [0, 176, 80];

// The colour at (x, y) in a unit square, or null outside the tile.
function colourAt(x, y) {
  const corner = 0.18;
  const dx = Math.max(corner - x, x - (1 - corner), 0);
  const dy = Math.max(corner - y, y - (1 - corner), 0);
  if (dx * dx + dy * dy > corner * corner) {
    return null;
  }
  const bars = [
    { left: 0.2, top: 0.55, colour: WHITE },
    { left: 0.42, top: 0.38, colour: WHITE },
    { left: 0.64, top: 0.2, colour: GREEN },
  ];
  for (const { left, top, colour } of bars) {
    if (x >= left && x < left + 0.16 && y >= top && y < 0.82) {
      return colour;
    }
  }
  return BLUE;
}

function pixels(size) {
  const samples = 4;
  const rows = [];
  for (let row = 0; row < size; row++) {
    const line = [0]; // the row's filter: none
    for (let column = 0; column < size; column++) {
      const sum = [0, 0, 0, 0];
      for (let i = 0; i < samples * samples; i++) {
        const colour = colourAt(
          (column + ((i % samples) + 0.5) / samples) / size,
          (row + (Math.floor(i / samples) + 0.5) / samples) / size,
        );
        if (colour) {
          colour.forEach((value, channel) => (sum[channel] += value));
          sum[3] += 255;
        }
      }
      const covered = sum[3] / 255;
      const count = samples * samples;
      line.push(
        ...sum.slice(0, 3).map((value) => (covered ? Math.round(value / covered) : 0)),
        Math.round(sum[3] / count),
      );
    }
    rows.push(...line);
  }
  return Buffer.from(rows);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

// The icon as a PNG file of `size` × `size` pixels, 8-bit RGBA.
export function iconPng(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits a channel, RGBA, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels(size))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
