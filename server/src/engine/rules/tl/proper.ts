// Can a line in capitals be lowered safely? Text written ALL IN CAPITALS has
// lost the case of its proper names: "THÀNH PHỐ HÀ NỘI", "BỘ NỘI VỤ",
// "119-KH/TU", "ÔNG NGUYỄN VĂN A". Lowering it would damage them, and the
// engine cannot tell where a name ends ("Sở Nội vụ", "Ủy ban nhân dân tỉnh
// Lai Châu"). This module finds the words that may belong to a proper name;
// a fix that lowers text is offered only when there is none.

import { canon } from '../../text';

/**
 * Words that head an agency, place or title name (lower case, tone-folded):
 * the name they start keeps its capitals ("Sở Tài chính", "tỉnh Lai Châu").
 */
const NAME_HEADS = [
  'ủy ban', 'ubnd', 'hđnd', 'hội đồng', 'bộ', 'sở', 'cục', 'chi cục', 'tổng cục', 'vụ', 'viện', 'ban', 'văn phòng', 'trung tâm',
  'trường', 'bệnh viện', 'công ty', 'tổng công ty', 'tập đoàn', 'ngân hàng', 'kho bạc', 'thanh tra', 'học viện', 'đại học',
  'công an', 'bộ chỉ huy', 'mặt trận', 'đoàn', 'hội', 'liên đoàn', 'công đoàn', 'tòa án', 'viện kiểm sát', 'kiểm toán', 'chính phủ', 'quốc hội',
  'đảng', 'đảng ủy', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'bảo hiểm xã hội', 'tỉnh', 'thành phố', 'tp', 'huyện', 'quận', 'xã', 'phường',
  'thị xã', 'thị trấn', 'đặc khu', 'thủ đô', 'thủ tướng', 'chủ tịch', 'bộ trưởng', 'giám đốc', 'ông', 'bà', 'đồng chí',
  'luật', 'bộ luật', 'pháp lệnh', 'hiến pháp', 'đề án', 'dự án', 'chương trình', 'tết', 'quốc khánh', 'giải',
].map((w) => canon(w));

/** Common words that start like a name head: "ban hành", "cán bộ", "xã hội". */
const COMMON = [
  'ban hành', 'ban đầu', 'cán bộ', 'toàn bộ', 'bộ phận', 'bộ máy', 'bộ hồ sơ', 'bộ tiêu chí', 'bộ chỉ số', 'đồng bộ', 'tiến bộ', 'sơ bộ', 'nội bộ',
  'cơ sở', 'trụ sở', 'sở hữu', 'nhiệm vụ', 'dịch vụ', 'nghiệp vụ', 'phục vụ', 'công vụ', 'sự vụ', 'thời vụ', 'vụ việc', 'xã hội', 'hội nghị',
  'hội thảo', 'hội viên', 'hội nhập', 'hội thi', 'hội diễn', 'cơ hội', 'đại hội', 'thị trường', 'môi trường', 'hiện trường', 'trường hợp',
  'lập trường', 'đoàn kết', 'đoàn viên', 'đoàn thể', 'đoàn kiểm tra', 'đoàn công tác', 'đoàn thanh tra', 'công tác thanh tra', 'giải pháp', 'giải quyết',
  'giải ngân', 'giải thể', 'giải trình', 'giải phóng', 'giải thưởng', 'hòa giải', 'tháo gỡ', 'dự án đầu tư', 'các dự án', 'chương trình công tác',
  'chương trình hành động', 'chương trình làm việc', 'chương trình mục tiêu', 'đề án vị trí việc làm', 'thanh tra viên', 'các sở', 'các bộ', 'các ban',
  'các xã', 'các phường', 'các huyện', 'các tỉnh', 'các cục', 'các trường', 'các hội', 'các đoàn', 'cấp tỉnh', 'cấp huyện', 'cấp xã', 'cấp bộ',
  'cấp sở', 'cấp phường', 'ban ngành', 'sở ngành', 'bộ ngành', 'tỉnh táo', 'bà con',
].map((w) => canon(w));

/** Place and other proper names that need no head word. */
const NAMES = [
  'việt nam', 'hà nội', 'hồ chí minh', 'hải phòng', 'đà nẵng', 'cần thơ', 'huế', 'lai châu', 'điện biên', 'lào cai', 'hà giang', 'tuyên quang', 'cao bằng',
  'bắc kạn', 'lạng sơn', 'thái nguyên', 'phú thọ', 'yên bái', 'sơn la', 'hòa bình', 'quảng ninh', 'bắc giang', 'bắc ninh', 'hải dương', 'hưng yên', 'thái bình',
  'hà nam', 'nam định', 'ninh bình', 'thanh hóa', 'nghệ an', 'hà tĩnh', 'quảng bình', 'quảng trị', 'thừa thiên', 'quảng nam', 'quảng ngãi', 'bình định',
  'phú yên', 'khánh hòa', 'ninh thuận', 'bình thuận', 'kon tum', 'gia lai', 'đắk lắk', 'đắk nông', 'lâm đồng', 'bình phước', 'tây ninh', 'bình dương',
  'đồng nai', 'bà rịa', 'vũng tàu', 'long an', 'tiền giang', 'bến tre', 'trà vinh', 'vĩnh long', 'đồng tháp', 'an giang', 'kiên giang', 'hậu giang',
  'sóc trăng', 'bạc liêu', 'cà mau', 'vĩnh phúc', 'tây nguyên', 'đông nam á', 'asean', 'liên hợp quốc', 'nguyên đán', 'nội vụ', 'tài chính', 'bác hồ',
].map((w) => canon(w));

/** Heads that are a name by themselves. */
const SELF_NAMED = new Set(['chính phủ', 'quốc hội', 'thủ tướng', 'đảng', 'hiến pháp', 'thủ đô', 'tết', 'quốc khánh', 'mặt trận'].map(canon));
/** Words after a head that do not start a name. */
const NOT_A_NAME = new Set(['các', 'cấp', 'và', 'về', 'của', 'trong', 'trên', 'thuộc', 'để', 'theo', 'tại', 'năm', 'với', 'đã', 'được', 'có', 'là', 'này', 'đó', 'mới'].map(canon));

function wordsOf(s: string): string[] {
  return canon(s.toLowerCase())
    .replace(/[^\p{L}\p{N}/\-.\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

function startsAt(ws: string[], i: number, phrase: string): boolean {
  const p = phrase.split(' ');
  return p.every((x, k) => ws[i + k] === x);
}

/** Numbers that go with common words: "năm 2026", "giai đoạn 2021-2025", "tháng 3". */
const NUMBER_OK_AFTER = new Set(['-', '–', 'năm', 'tháng', 'ngày', 'quý', 'đoạn', 'đợt', 'lần', 'kỳ', 'khóa', 'từ', 'đến', 'và', 'số', 'trên', 'dưới', 'đạt', 'tuổi', 'lớp', 'hạng', 'bậc'].map(canon));

/**
 * The first word or phrase of `text` that may be (part of) a proper name or a
 * code and so must not be lowered; undefined when every word is common.
 */
export function properNameIn(text: string): string | undefined {
  // Codes: digits with letters, "/" or "-" between letters ("119-KH/TU", "KH-UBND", "TP.HCM").
  const code = /[\p{L}\p{N}]+(?:[/\-.][\p{L}\p{N}]+)+/u.exec(text);
  if (code && /\p{L}/u.test(code[0]) && /[/\-.]\p{L}|\p{L}[/\-.]/u.test(code[0])) return code[0];
  const ws = wordsOf(text);
  for (let i = 0; i < ws.length; i++) {
    if (COMMON.some((c) => startsAt(ws, i, c))) {
      // Skip the common phrase; a head right after it still counts ("ban hành … Sở").
      const c = COMMON.filter((x) => startsAt(ws, i, x)).sort((a, b) => b.length - a.length)[0];
      i += c.split(' ').length - 1;
      continue;
    }
    const name = NAMES.find((x) => startsAt(ws, i, x));
    if (name) return name;
    const head = NAME_HEADS.filter((x) => startsAt(ws, i, x)).sort((a, b) => b.length - a.length)[0];
    if (head) {
      // A head names something itself ("Chính phủ") or starts a name with the words after it
      // ("Sở Nội vụ"); followed by nothing, another head or a function word it is generic ("của UBND tỉnh").
      const next = ws[i + head.split(' ').length];
      const generic = next === undefined ? !SELF_NAMED.has(head) : NOT_A_NAME.has(next) || NAME_HEADS.some((x) => x.split(' ')[0] === next);
      if (!generic) return head;
      i += head.split(' ').length - 1;
      continue;
    }
    // A number after a word that may be a name ("Đề án 06", "Chỉ thị 15"), not after "năm", "tháng"…
    if (/\d/.test(ws[i]) && i > 0 && !NUMBER_OK_AFTER.has(ws[i - 1]) && !/\d/.test(ws[i - 1])) return `${ws[i - 1]} ${ws[i]}`;
  }
  return undefined;
}
