// A minimal reader of .docx files (zip archives) for the export tests: no
// dependency beyond node:zlib, so the tests do not trust the writer's library.

import { inflateRawSync } from 'node:zlib';

export function unzip(buf: Buffer): Map<string, Buffer> {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let k = 0; k < count; k++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const lName = buf.readUInt16LE(local + 26);
    const lExtra = buf.readUInt16LE(local + 28);
    const start = local + 30 + lName + lExtra;
    const data = buf.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

/** The text of a piece of WordprocessingML (all w:t), XML entities decoded. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Paragraphs (w:p) of a piece of XML, outermost only, in order. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
}

/** The paragraph whose text is exactly `text`. */
export function paraWithText(xml: string, text: string): string | undefined {
  return paragraphs(xml).find((p) => textOf(p) === text);
}

/** Top-level tables of the body (w:tbl), in order. Tables are not nested by the writer. */
export function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

/** Runs of a paragraph: text with bold/italic/size(half-points)/font. */
export function runs(p: string): { text: string; bold: boolean; italic: boolean; size?: number; font?: string }[] {
  return [...p.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)]
    .map((m) => {
      const r = m[1];
      const on = (tag: string) => new RegExp(`<w:${tag}(?: w:val="(?:true|1|on)")?\\s*/>`).test(r);
      const size = /<w:sz w:val="(\d+)"/.exec(r);
      const font = /<w:rFonts w:ascii="([^"]+)"/.exec(r);
      return { text: textOf(r), bold: on('b'), italic: on('i'), size: size ? Number(size[1]) : undefined, font: font?.[1] };
    })
    .filter((r) => r.text.length);
}
