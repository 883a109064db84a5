import { type StructureVerdict, u16be } from './verdict.js';

/** Markers allowed between the scans of a (progressive) JPEG: tables, restart interval, APPn, COM, SOS. */
const isInterScanMarker = (marker: number): boolean =>
  marker === 0xc4 ||
  marker === 0xcc ||
  marker === 0xda ||
  marker === 0xdb ||
  marker === 0xdc ||
  marker === 0xdd ||
  (marker >= 0xe0 && marker <= 0xef) ||
  marker === 0xfe;

/** Start-of-frame markers (SOF0–SOF15 minus DHT, JPG and DAC). */
const isFrameMarker = (marker: number): boolean =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/**
 * Walks a JPEG's marker segments and entropy-coded scans up to the EOI marker.
 *
 * Truncated: the bytes end before EOI (a cut upload). Corrupt: a segment starts without `0xFF`, a
 * reserved marker appears, a scan holds a marker that cannot occur between scans, or EOI comes before
 * any frame. Data after EOI is ignored (phones append motion-photo videos and vendor trailers there).
 */
export function checkJpegStructure(bytes: Uint8Array): StructureVerdict {
  const length = bytes.length;
  let at = 2;
  let sawFrame = false;
  let sawScan = false;
  for (;;) {
    if (at >= length) return 'truncated';
    if (bytes[at] !== 0xff) return 'corrupt';
    while (at < length && bytes[at] === 0xff) at += 1;
    if (at >= length) return 'truncated';
    const marker = bytes[at]!;
    at += 1;
    if (marker === 0xd9) return sawScan ? 'complete' : 'corrupt';
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    if (marker < 0xc0 || marker === 0xd8) return 'corrupt';
    if (sawScan && !isInterScanMarker(marker)) return 'corrupt';
    if (at + 2 > length) return 'truncated';
    const segment = u16be(bytes, at);
    if (segment < 2) return 'corrupt';
    if (at + segment > length) return 'truncated';
    if (isFrameMarker(marker)) sawFrame = true;
    if (marker !== 0xda) {
      at += segment;
      continue;
    }
    const components = bytes[at + 2]!;
    if (!sawFrame || components < 1 || components > 4 || segment !== 6 + 2 * components) return 'corrupt';
    sawScan = true;
    at = skipEntropyCodedData(bytes, at + segment);
  }
}

/** Returns the offset of the first real marker after a scan's entropy-coded data (or the length). */
function skipEntropyCodedData(bytes: Uint8Array, from: number): number {
  let at = from;
  for (;;) {
    const next = bytes.indexOf(0xff, at);
    if (next < 0 || next + 1 >= bytes.length) return bytes.length;
    const follower = bytes[next + 1]!;
    // Stuffed zero, restart markers and fill bytes belong to the scan.
    if (follower === 0x00 || (follower >= 0xd0 && follower <= 0xd7)) at = next + 2;
    else if (follower === 0xff) at = next + 1;
    else return next;
  }
}
