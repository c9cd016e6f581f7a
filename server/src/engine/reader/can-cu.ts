// The authority line (QĐ, NQ: "GIÁM ĐỐC SỞ NỘI VỤ"), the căn cứ block and
// the enacting line ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:").

import type { Line } from '../markdown';
import { bare } from '../text';
import { bareLine, isUpperLine, joinAll, joinLines, RE, sliceLine, startsLower } from './common';
import type { DocModel } from './doc-model';
import { isNoiNhanLabel } from './noi-nhan';
import { DOC_TYPE_WORDS } from '../vocab';

export function isEnact(l: Line): boolean {
  return RE.enactBare.test(bare(l.text));
}

/**
 * "Căn cứ Kế hoạch số …, Sở Nội vụ đề nghị …": a sentence of the body, not a
 * căn cứ line. A verb after "và"/"hoặc" is a noun of an enumeration in the
 * cited title ("…, điều động, cách chức Chủ tịch, Phó Chủ tịch Ủy ban nhân dân
 * và giao quyền Chủ tịch …;"), not the verb of a subject.
 */
export function isCanCuProse(text: string): boolean {
  return /,\s+\p{Lu}[^,;]{0,60}?(?<!\s(?:và|hoặc))\s(kính\s+trình|trình|đề\s+nghị|yêu\s+cầu|trân\s+trọng|xây\s+dựng|thông\s+báo|báo\s+cáo|chỉ\s+đạo|đề\s+xuất|giao|xin)(?![\p{L}\p{N}])/u.test(text);
}

/** Reads the authority lines at `pos` (at most 3 UPPER lines); returns the next position. */
export function readAuthority(m: DocModel, pos: number): number {
  const lines = m.lines;
  const n = lines.length;
  while (pos < n && isUpperLine(lines[pos]) && !isEnact(lines[pos]) && !RE.article.test(lines[pos].text) && !RE.numbered.test(lines[pos].text) && m.authority.length < 3) {
    if (isNoiNhanLabel(lines[pos])) break;
    m.authority.push(lines[pos]);
    pos++;
  }
  return pos;
}

/**
 * A web copy that wraps lines at a fixed width may leave the first word of a
 * căn cứ alone on its line ("Căn" / "cứ Luật Ngân sách nhà nước …;", "Theo" /
 * "đề nghị của …"): the two lines joined, or undefined.
 */
function splitLeadIn(lines: Line[], pos: number): Line | undefined {
  const a = lines[pos];
  const b = lines[pos + 1];
  if (!a || !b || b.blankBefore || !/^\p{Lu}\p{Ll}*$/u.test(a.text) || !startsLower(b)) return undefined;
  const j = joinLines(a, b, ' ');
  return RE.canCuFollow.test(j.text) ? j : undefined;
}

/** "- Căn cứ …", "– Xét đề nghị …": the bullet before a căn cứ's opening words. */
const BULLET_CAN_CU = /^[-–—+•]\s*(?=(căn\s+cứ|xét|theo\s+đề\s+nghị|theo\s+đề\s+xuất|thực\s+hiện|trên\s+cơ\s+sở)(?![\p{L}\p{N}]))/iu;

/**
 * A căn cứ typed as a list item ("- Căn cứ Luật …;"), in a quyết định or
 * nghị quyết (an authority line or such a title above): the line without
 * its bullet, the source line kept in `m.canCuBullets`. Else `l`.
 */
function unbullet(m: DocModel, l: Line): Line {
  const b = BULLET_CAN_CU.exec(l.text);
  // (The title's type read from its words: reader/title.ts imports this module.)
  const decision = !!m.title && /^(quyet dinh|nghi quyet)$/.test(bareLine(m.title).trim());
  if (!b || !(m.authority.length || decision)) return l;
  const cut = sliceLine(l, b[0].length, l.text.length);
  if (!cut) return l;
  m.canCuBullets.push(l);
  return cut;
}

/** Reads the căn cứ block at `pos` (if any); returns the next position. */
export function readCanCu(m: DocModel, pos: number): number {
  const lines = m.lines;
  const n = lines.length;
  const first = pos < n ? (splitLeadIn(lines, pos) ?? peekUnbullet(m, lines[pos])) : undefined;
  if (!(first && RE.canCu.test(first.text) && !/(:|như sau[:.]?)$/u.test(first.text) && !isCanCuProse(first.text))) return pos;
  const start = pos;
  pos = readCanCuLines(m, pos);
  // Text pasted from a PDF wraps lines with no blank line: a lead-in sentence
  // of the body ("Thực hiện Công văn số …, Ủy ban nhân dân tỉnh ban hành Kế
  // hoạch … như sau:") wrapped over lines is not the last căn cứ. Drop the
  // last item (its first line and the lines wrapping it) when it ends with ":".
  const last = m.canCu[m.canCu.length - 1];
  if (last && /:\s*[*_]*$/u.test(last.text)) {
    let k = m.canCu.length - 1;
    while (k > 0 && !startsItem(m.canCu[k], m.canCu[k - 1])) k--;
    pos = k > 0 ? m.canCu[k].i : start;
    m.canCu.length = k;
    m.canCuBullets = m.canCuBullets.filter((b) => b.i < pos);
  }
  // One logical line per căn cứ (wrapped lines joined).
  m.canCu = canCuItems(m.canCu);
  m.canCuItems = m.canCu;
  return pos;
}

/** Groups the căn cứ lines into one joined line per căn cứ (a new one starts at "Căn cứ", "Xét"…). */
export function canCuItems(lines: Line[]): Line[] {
  const out: Line[][] = [];
  lines.forEach((l, i) => {
    if (!out.length || startsItem(l, lines[i - 1])) out.push([l]);
    else out[out.length - 1].push(l);
  });
  return out.map((g) => joinAll(g)!);
}

/**
 * A line that starts a căn cứ ("Căn cứ …", "Thực hiện …"), not a wrapped line
 * that happens to begin with those words ("… về việc tiếp tục" / "thực hiện Đề án …").
 */
function startsItem(l: Line, prev: Line | undefined): boolean {
  if (prev && isBareCitation(l, prev)) return true;
  return RE.canCuFollow.test(l.text) && !(prev && startsLower(l) && !l.blankBefore && !/[;.:]\s*[*_]*$/u.test(prev.text));
}

/** A document named at the start of a line, by number or by name ("Thông tư số 48/2017/TT-BYT …", "Luật Bảo hiểm y tế …"). */
const CITES_DOCUMENT = new RegExp(`^(${DOC_TYPE_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+(số\\s+\\d|\\p{Lu})`, 'u');
/** "Luật sửa đổi, bổ sung …" on its own line goes on with the căn cứ above it (readCanCuLines). */
const AMENDS = /^(luật|bộ\s+luật|nghị\s+định|nghị\s+quyết|pháp\s+lệnh)\s+sửa\s+đổi(?![\p{L}\p{N}])/iu;

/**
 * A căn cứ listed without the words "Căn cứ" ("Thông tư số 48/2017/TT-BYT
 * ngày … của Bộ trưởng Bộ Y tế …;" between two "Căn cứ …;" lines of a
 * published quyết định): a document cited on a line of its own, after a
 * căn cứ that ends with ";", itself ending with ";" or ".".
 */
export function isBareCitation(l: Line, prev: Line): boolean {
  return /;\s*[*_]*$/u.test(prev.text) && /[;.]\s*[*_]*$/u.test(l.text) && CITES_DOCUMENT.test(l.text) && !AMENDS.test(l.text);
}

/** `l` without the bullet of a bulleted căn cứ, not recorded (a look-ahead). */
function peekUnbullet(m: DocModel, l: Line): Line {
  const t = unbullet(m, l);
  if (t !== l) m.canCuBullets.pop();
  return t;
}

function readCanCuLines(m: DocModel, pos: number): number {
  const lines = m.lines;
  const n = lines.length;
  while (pos < n) {
    const split = splitLeadIn(lines, pos);
    const t = split ?? peekUnbullet(m, lines[pos]);
    if (RE.canCuFollow.test(t.text) && startsItem(t, m.canCu[m.canCu.length - 1]) && !/(như sau\s*:?|:)$/u.test(t.text) && !isCanCuProse(t.text)) {
      if (t !== lines[pos] && !split) unbullet(m, lines[pos]);
      m.canCu.push(t);
      pos += split ? 2 : 1;
      continue;
    }
    // "Căn cứ Luật Tổ chức Chính phủ …;" then, on a line of its own, "Luật sửa
    // đổi, bổ sung … ngày …;": the amending law, part of the same căn cứ.
    const prev = m.canCu[m.canCu.length - 1];
    if (prev && /;\s*[*_]*$/u.test(prev.text) && AMENDS.test(t.text)) {
      m.canCu.push(t);
      pos++;
      continue;
    }
    // A document cited on its own line between căn cứ, without "Căn cứ": a căn cứ of its own.
    if (prev && isBareCitation(t, prev) && !isCanCuProse(t.text)) {
      if (t !== lines[pos]) unbullet(m, lines[pos]);
      m.canCu.push(t);
      pos++;
      continue;
    }
    // A căn cứ wrapped over two source lines (no blank line, lowercase start).
    if (m.canCu.length && !t.blankBefore && !isEnact(t) && (startsLower(t) || (!/[;.:]$/.test(m.canCu[m.canCu.length - 1].text) && !isUpperLine(t) && !RE.article.test(t.text)))) {
      m.canCu.push(t);
      pos++;
      continue;
    }
    // Text with no blank lines (OCR, pdftotext) wrapped "…; Báo cáo thẩm tra …"
    // at the ";": lines running on with no break up to the enacting line still
    // belong to the last căn cứ.
    const upTo = m.canCu.length ? enactAhead(lines, pos) : -1;
    if (upTo > pos) {
      for (; pos < upTo; pos++) m.canCu.push(lines[pos]);
      continue;
    }
    break;
  }
  return pos;
}

/** The enacting line within 3 lines of `pos` with nothing but running text before it (no blank line, article or capitals), else -1. */
function enactAhead(lines: Line[], pos: number): number {
  for (let j = pos; j < Math.min(lines.length, pos + 4); j++) {
    const l = lines[j];
    if (l.blankBefore) return -1;
    if (isEnact(l)) return j;
    if (isUpperLine(l) || RE.article.test(l.text) || isNoiNhanLabel(l)) return -1;
  }
  return -1;
}

/** Reads the enacting line at `pos` (only after a title, an authority or căn cứ); returns the next position. */
export function readEnact(m: DocModel, pos: number): number {
  if (pos < m.lines.length && isEnact(m.lines[pos]) && (m.canCu.length || m.authority.length || m.title)) {
    m.enact = m.lines[pos];
    pos++;
  }
  return pos;
}
