/** Turning file bytes into text: UTF-8 only, with a precise place and a hint when it is something else. */

export type DecodeResult =
  | { ok: true; text: string }
  | {
      ok: false;
      offset: number;
      byte: number;
      /** Set when the file starts with a UTF-16 byte order mark (Notepad's "Unicode"): then nothing else applies. */
      utf16?: "LE" | "BE";
      looksLikeCp1251: boolean;
      text: string;
    };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    // TextDecoder drops a leading BOM itself (ignoreBOM: false).
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const utf16 = utf16ByteOrder(bytes);
    if (utf16) return { ok: false, offset: 0, byte: bytes[0] ?? 0, utf16, looksLikeCp1251: false, text: "" };
    const offset = firstInvalidUtf8Offset(bytes);
    return {
      ok: false,
      offset,
      byte: bytes[offset] ?? 0,
      looksLikeCp1251: looksLikeCp1251(bytes),
      // Text before the bad byte, so the position (line, column) can be computed from it.
      text: new TextDecoder("utf-8").decode(bytes.subarray(0, offset)),
    };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** FF FE starts UTF-16 little-endian text, FE FF big-endian; neither pair can start UTF-8. */
function utf16ByteOrder(bytes: Uint8Array): "LE" | "BE" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "LE";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "BE";
  return undefined;
}

/** Windows-1251 Cyrillic letters live in 0xC0–0xFF; mostly such high bytes with ASCII around them is a strong sign. */
function looksLikeCp1251(bytes: Uint8Array): boolean {
  let high = 0;
  let cyrillic = 0;
  for (const b of bytes) {
    if (b >= 0x80) {
      high++;
      if (b >= 0xc0 || b === 0xa8 || b === 0xb8) cyrillic++;
    }
  }
  return high > 0 && cyrillic / high > 0.8;
}

/** 1-based line and column of the end of `text` (the position of the character that follows it). */
export function positionAfter(text: string): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: text.length - lineStart + 1 };
}
