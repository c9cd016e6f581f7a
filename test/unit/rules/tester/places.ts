// Where a rule's `meta.examples` go in a minimal correct letter: for each rule,
// a function that places one example (Markdown lines) in the valid công văn or
// quyết định of test/fixtures/valid (or another correct fixture), replacing
// the component the rule is about. An example written "A … B" names two parts
// of one letter (the type name … the Số line); a parenthesised note after an
// example (" (in a biên bản)") says where it goes. A few examples describe a
// letter instead of quoting it: their placement builds that letter, and the
// ones that cannot be built are listed in PENDING with the reason.

import type { CheckOptions } from '../../../../server/src/engine';
import { congVan, fixture, quyetDinh, replaceOnce } from '../../helpers';

export type Place = (example: string, kind: 'correct' | 'incorrect') => string;

/** The công văn with `slot` replaced by the example, wrapped by `wrap`. */
const cv =
  (slot: string, wrap: (ex: string) => string = (x) => x): Place =>
  (ex) =>
    congVan(slot, wrap(ex));
/** The quyết định with `slot` replaced by the example, wrapped by `wrap`. */
const qd =
  (slot: string, wrap: (ex: string) => string = (x) => x): Place =>
  (ex) =>
    quyetDinh(slot, wrap(ex));
/** A fixture with `slot` replaced. */
const fx =
  (name: string, slot: string, wrap: (ex: string) => string = (x) => x): Place =>
  (ex) =>
    replaceOnce(fixture(name), slot, wrap(ex));

/** A line in capitals. */
const upper = (x: string) => x === x.toUpperCase() && /\p{Lu}/u.test(x);
const bold = (x: string) => (x.startsWith('**') ? x : `**${x}**`);
const italic = (x: string) => `*${x}*`;
/** Strip a trailing note in parentheses that is not part of the text: "- Lưu: VT, VP. (in a biên bản)". */
const note = (x: string) => x.replace(/\s+\((?:in|before|ngay|chữ|gợi ý|không)[^)]*\)+$/u, '');
/** Split "A … B" into its parts. */
const parts = (x: string) => x.split(' … ');

// Lines of the valid công văn (test/fixtures/valid/cong-van.md).
const CV = {
  parent: 'UBND TỈNH LAI CHÂU\n**SỞ NỘI VỤ**',
  so: 'Số: 05/SNV-VP',
  ty: 'V/v hướng dẫn triển khai chữ ký số năm 2026',
  qh: '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
  tn: '**Độc lập - Tự do - Hạnh phúc**',
  date: '*Lai Châu, ngày 05 tháng 3 năm 2026*',
  kg: 'Kính gửi:\n\n- Văn phòng Ủy ban nhân dân tỉnh;\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.',
  intro: 'Thực hiện Kế hoạch số 40/KH-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về chuyển đổi số năm 2026, Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:',
  last: 'Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Văn phòng Sở Nội vụ để được hướng dẫn./.',
  nn: '***Nơi nhận:***\n- Như trên;\n- Giám đốc Sở (để báo cáo);\n- Lưu: VT, VP.',
  nnLabel: '***Nơi nhận:***',
  luu: '- Lưu: VT, VP.',
  kt: '**KT. GIÁM ĐỐC**',
  sign: '**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**',
  name: '**Nguyễn Văn An**',
};
// Lines of the valid quyết định (test/fixtures/valid/quyet-dinh.md).
const QD = {
  so: 'Số: 15/QĐ-UBND',
  type: '**QUYẾT ĐỊNH**\n',
  ty: '**Về việc thành lập Tổ công tác triển khai Đề án 06 năm 2026**',
  authority: '**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU**',
  cc1: '*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;*',
  cc2: '*Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;*',
  de: '*Theo đề nghị của Giám đốc Sở Nội vụ.*',
  enact: '**QUYẾT ĐỊNH:**',
  dieu2: '**Điều 2.** Tổ công tác có nhiệm vụ:',
  points: 'a) Xây dựng kế hoạch triển khai Đề án;\n\nb) Theo dõi, đôn đốc các cơ quan, đơn vị thực hiện;\n\nc) Tổng hợp, báo cáo kết quả thực hiện.',
  sign: '**CHỦ TỊCH**',
};

/**
 * A paragraph added to the body of the công văn, before its last paragraph. A
 * fragment of running text (it starts in lower case) goes inside a sentence.
 */
const body: Place = (ex) => congVan(CV.last, `${/^\p{Ll}/u.test(ex) ? `Các đơn vị lưu ý ${ex}.` : ex}\n\n${CV.last}`);
/** The quyết định with a quy chế body (Chương, Mục, Điều) in place of its articles. */
const quyChe =
  (lines: string): Place =>
  (ex) =>
    quyetDinh(QD.dieu2, `${lines.replace('$', note(ex))}\n\n${QD.dieu2}`);
/** The công văn with its Kính gửi block replaced by the example lines. */
const kinhGui: Place = (ex) => congVan(CV.kg, note(ex));
/** The công văn with its Nơi nhận block replaced by the example lines (label in bold italics). */
const noiNhan: Place = (ex) => congVan(CV.nn, note(ex).replace(/^Nơi nhận:$/m, '***Nơi nhận:***'));
/** The công văn with its signer's authority and title lines replaced. */
const signer: Place = (ex) => {
  const lines = note(ex).split('\n');
  if (lines.length === 1 && /^(KT|K\/T|Kt|KT\b)/u.test(lines[0])) return congVan(CV.kt, bold(lines[0]));
  if (lines.length === 1 && /^(TM|T\/M|TL|T\.L|TUQ|Q\.|P\.)/u.test(lines[0])) return congVan(CV.sign, `${bold(lines[0])}\n**GIÁM ĐỐC**`);
  return congVan(CV.sign, lines.map(bold).join('\n'));
};
/**
 * The quyết định with the head the example lays out: its type name, trích
 * yếu, issuing authority, căn cứ ("Căn cứ …;" keeps the letter's own) and
 * enacting line. A part the example leaves out (the căn cứ, the authority
 * line) is left out of the letter too.
 */
const qdHead = (ex: string): string => {
  let text = quyetDinh();
  const lines = ex.split('\n');
  if (!lines.some((l) => /^(Căn cứ|Theo đề nghị)/u.test(l))) text = replaceOnce(text, `${QD.cc1}\n\n${QD.cc2}\n\n${QD.de}\n\n`, '');
  else if (!lines.some((l) => upper(l) && !/^QUYẾT/u.test(l))) text = replaceOnce(text, `${QD.authority}\n\n`, '');
  for (const line of lines) {
    if (/^QUYẾT ĐỊNH\s*:$/u.test(line)) text = replaceOnce(text, QD.enact, bold(line));
    else if (line === 'QUYẾT ĐỊNH') text = replaceOnce(text, QD.type, `${bold(line)}\n`);
    else if (/^Về việc/u.test(line)) text = replaceOnce(text, QD.ty, bold(line));
    else if (upper(line) && !/^QUYẾT/u.test(line)) text = replaceOnce(text, QD.authority, bold(line));
  }
  return text;
};
/** The Nơi nhận cell of the quyết định replaced by the example lines. */
const qdNoiNhan: Place = (ex) =>
  quyetDinh('***Nơi nhận:***<br>- Như Điều 3;<br>- Chủ tịch, các Phó Chủ tịch UBND tỉnh;<br>- Lưu: VT, NC.', ex.split('\n').map((l) => (l === 'Nơi nhận:' ? '***Nơi nhận:***' : l)).join('<br>'));
/** A document attached after the quyết định's footer: a quy chế under "(Kèm theo …)". */
const attached: Place = (ex) => {
  const lines = ex.split('\n');
  const head = lines.length === 3 ? lines : ['QUY CHẾ', 'Làm việc của Sở Nội vụ', ...lines];
  return `${quyetDinh()}\n${bold(head[0])}\n\n${bold(head[1])}\n\n${head[2]}\n\n**Chương I**\n\n**QUY ĐỊNH CHUNG**\n\n**Điều 1.** Quy chế này quy định việc làm việc của Sở Nội vụ.\n`;
};
/** The Số line of a correct fixture of the type the ký hiệu abbreviates. */
const soOfType: Place = (ex) => {
  const abbr = /\/([^-]+)-/u.exec(ex)?.[1] ?? '';
  const host = /^Q[DĐ]/iu.test(abbr) ? ['valid/quyet-dinh.md', QD.so] : /^TTr$/iu.test(abbr) ? ['valid/types-to-trinh.md', 'Số: 09/TTr-UBND'] : /^QyĐ$/iu.test(abbr) ? ['corpus/valid2/quy-dinh-1.md', 'Số: 02/QyĐ-ĐHYD'] : /^CTr$/iu.test(abbr) ? ['corpus/valid/chuong-trinh-1.md', 'Số: 01/CTr-BNV'] : undefined;
  if (!host) throw new Error(`no fixture of the type ${abbr}`);
  return replaceOnce(fixture(host[0]), host[1], ex);
};

/** An appendix after the công văn, under the heading `heading`. */
const annex = (heading: string) =>
  `\n\n**${heading}**\n\n**DANH SÁCH CÁC ĐƠN VỊ**\n\n*(Kèm theo Công văn số 05/SNV-VP ngày 05 tháng 3 năm 2026 của Sở Nội vụ)*\n\n1. Văn phòng Sở./.\n`;
/** The next number in the same style: I → II, 1 → 2, 01 → 02. */
const next = (heading: string) =>
  heading.replace(/([IVX]+|\d+)$/u, (n) => {
    const roman = ['I', 'II', 'III', 'IV', 'V'];
    if (roman.includes(n)) return roman[roman.indexOf(n) + 1];
    return String(Number(n) + 1).padStart(n.length, '0');
  });

/** Options a rule needs to run (the agency profile of the valid công văn). */
export const OPTIONS: Record<string, CheckOptions> = {
  'VB-CQ-01': { coQuan: { ten: 'SỞ NỘI VỤ', chuQuan: 'UBND TỈNH LAI CHÂU', kyHieu: 'SNV', diaDanh: 'Lai Châu', donVi: { VP: 'Văn phòng', TCCB: 'Phòng Tổ chức cán bộ' } } },
};

export const PLACES: Record<string, Place> = {
  // The Số line missing, as the incorrect example describes; the correct examples are the lines of the Quốc hiệu.
  'ND30-DOC-02': (ex, kind) => (kind === 'incorrect' ? congVan(`${CV.so}\n\n`, '') : congVan(ex.startsWith('CỘNG') ? CV.qh : CV.tn, bold(ex))),
  'ND30-DOC-03': qd(QD.type, (x) => `${bold(x)}\n`),
  'ND30-DOC-04': cv(CV.last, (x) => x.replace('Giám đốc Sở yêu cầu Thủ trưởng các phòng, đơn vị nghiêm túc triển khai thực hiện', 'Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Văn phòng Sở Nội vụ để được hướng dẫn')),
  'ND30-DOC-05': (ex) => (ex.startsWith('Số') ? congVan(CV.so, ex) : ex.startsWith('Kính') ? congVan(CV.kg, ex) : congVan(CV.date, italic(ex))),
  'ND30-QH-01': cv(CV.qh, bold),
  'ND30-QH-02': cv(CV.tn, bold),
  'ND30-QH-03': (ex) => (ex.startsWith('|') ? quyetDinh('| ỦY BAN NHÂN DÂN<br>**TỈNH LAI CHÂU** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |', ex) : congVan(`${CV.qh}\n${CV.tn}`, ex.split('\n').map(bold).join('\n'))),
  'ND30-CQ-01': (ex) => congVan(CV.parent, bold(ex)),
  'ND30-CQ-02': (ex) => congVan(CV.parent, ex.split(' / ').map((l, i, a) => (i === a.length - 1 ? bold(l) : l)).join('\n')),
  'ND30-CQ-03': (ex) => congVan(CV.parent, ex.split(' / ').map((l, i, a) => (i === a.length - 1 ? bold(l) : l)).join('\n')),
  'ND30-SO-01': cv(CV.so),
  'ND30-SO-02': cv(CV.so),
  'ND30-SO-03': cv(CV.so),
  'ND30-SO-04': (ex) => {
    const [type, so] = parts(ex);
    return type === 'QUYẾT ĐỊNH' ? quyetDinh(QD.so, so) : replaceOnce(fixture('valid/types-ke-hoach.md').replace(/^KẾ HOẠCH$/m, type), 'Số: 40/KH-SNV', so);
  },
  'ND30-SO-05': cv(CV.so),
  'ND30-SO-06': (ex) => replaceOnce(fixture('valid/types-ke-hoach.md'), 'Số: 40/KH-SNV', parts(ex)[1]),
  'ND30-SO-08': (ex) => replaceOnce(fixture('corpus/valid/sao-y-1.md').replace('**SAO Y**', bold(parts(ex)[0])), 'Số: 21/SY-SNV', parts(ex)[1]),
  'ND30-VT-01': soOfType,
  'ND30-DD-01': cv(CV.date, italic),
  'ND30-DD-02': cv(CV.date, italic),
  'ND30-DD-03': cv(CV.date, italic),
  'ND30-DD-06': cv(CV.date, italic),
  'ND30-TL-01': qd(QD.type, (x) => `${x}\n`),
  'ND30-TL-02': (ex) => (ex.startsWith('V/v') ? congVan(CV.ty, ex) : quyetDinh(QD.ty, bold(ex))),
  'ND30-TL-03': qd(QD.ty, (x) => bold(note(x))),
  'ND30-TL-04': cv(CV.ty),
  // The type name and the trích yếu under it.
  'ND30-TL-05': (ex) => {
    const [type, ty] = ex.split('\n');
    return type === 'QUYẾT ĐỊNH' ? quyetDinh(QD.ty, bold(ty)) : replaceOnce(fixture('valid/types-to-trinh.md'), '**Về việc đề nghị phê duyệt Đề án chuyển đổi số tỉnh Lai Châu giai đoạn 2026 - 2030**', bold(ty));
  },
  'ND30-TL-07': fx('corpus/valid/giay-gioi-thieu-1.md', '**GIẤY GIỚI THIỆU**\n\nSở Nội vụ tỉnh Thanh Hóa trân trọng giới thiệu:', (x) => x.replace('\n', '\n\n')),
  'ND30-TL-08': attached,
  'ND30-CC-01': (ex) => quyetDinh(ex.startsWith('Theo') ? QD.de : QD.cc2, italic(ex)),
  'ND30-CC-02': qd(QD.cc2, italic),
  'ND30-CC-03': qd(QD.cc2, italic),
  'ND30-CC-05': qdHead,
  'ND30-CC-06': qdHead,
  'ND30-CC-07': (ex) => (ex.startsWith('QUYẾT NGHỊ') ? fixture('valid/body-nghi-quyet.md') : quyetDinh(QD.enact, bold(ex))),
  'ND30-ND-01': cv(CV.intro, (x) => x.replace(/ …$/u, ' chuyển đổi số năm 2026, Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:').replace(' …;', ' chuyển đổi số;').replace(/, …$/u, ', Sở Nội vụ đề nghị thực hiện:')),
  'ND30-ND-02': quyChe('$'),
  'ND30-ND-03': quyChe('$'),
  'ND30-ND-04': (ex, kind) => quyChe(ex.startsWith('Tiểu mục') ? '**Chương I**\n\n**QUY ĐỊNH CHUNG**\n\n**Mục 1**\n\n**QUẢN LÝ VĂN BẢN**\n\n$' : '**Chương I**\n\n**QUY ĐỊNH CHUNG**\n\n$')(ex, kind),
  'ND30-ND-05': qd(QD.dieu2, (x) => `${x.replace(/^(Điều|ĐIỀU) (\S+?)([.:]| -)/u, '**$1 $2$3**')} Tổ công tác có nhiệm vụ:`),
  'ND30-ND-06': qd(QD.points, (x) => note(x)),
  'ND30-ND-07': (ex) => fx('valid/body-bao-cao.md', 'I. ')(ex, 'correct'),
  'ND30-KG-01': kinhGui,
  'ND30-KG-02': kinhGui,
  'ND30-KG-03': kinhGui,
  'ND30-KG-04': cv('- Ủy ban nhân dân các xã, phường.', (x) => x.replace(/;$/, '.')),
  'ND30-KG-05': noiNhan,
  'ND30-CK-01': signer,
  'ND30-CK-02': signer,
  'ND30-CK-03': (ex, kind) => (ex.includes('\n') ? congVan(`${CV.sign}\n\n*(Đã ký)*\n\n${CV.name}`, ex.split('\n').map((l) => (l.startsWith('(') ? italic(l) : bold(l))).join('\n')) : upper(ex) && !/GIÁM|CHỦ|TRƯỞNG/u.test(ex) ? congVan(CV.name, bold(ex)) : signer(ex, kind)),
  'ND30-CK-04': cv(CV.name, bold),
  'ND30-CK-06': signer,
  'ND30-NN-01': (ex) => congVan(CV.nnLabel, ex),
  'ND30-NN-02': cv('- Giám đốc Sở (để báo cáo);', note),
  'ND30-NN-03': cv(CV.luu),
  'ND30-NN-04': noiNhan,
  'ND30-NN-05': qdNoiNhan,
  'ND30-NN-06': (ex) => fx('valid/footer-bien-ban.md', '- Lưu: VT, Hồ sơ.')(note(ex), 'correct'),
  'ND30-MK-01': cv(CV.date, (x) => `${CV.date}\n\n**${x}**`),
  'ND30-MK-02': cv(CV.date, (x) => `${CV.date}\n\n**${x}**`),
  'ND30-MK-03': cv(CV.date, (x) => `${CV.date}\n\n**${x}**`),
  'ND30-KH-01': (ex) => congVan(CV.luu, ex.startsWith('-') ? ex : `${CV.luu}\n${ex}`),
  'ND30-VT-07': body,
  'ND30-VH-01': body,
  'ND30-VH-02': body,
  'ND30-VH-04': body,
  'ND30-VH-05': body,
  'ND30-VH-06': body,
  'ND30-VH-07': body,
  'ND30-VH-08': body,
  'ND30-VH-09': body,
  'ND30-VH-10': body,
  'ND30-VH-11': body,
  'ND30-VH-12': body,
  'ND30-VH-15': body,
  'ND30-VH-17': body,
  'ND30-VH-18': body,
  'ND30-VH-19': body,
  'ND30-VH-20': body,
  'ND30-VH-21': body,
  'ND30-VH-22': body,
  'ND30-PL-01': (ex) => {
    const [text, heading] = ex.split('\n…\n');
    const [h1] = heading.split('\n');
    return congVan(CV.last, `${text}\n\n${CV.last}`) + annex(h1);
  },
  'ND30-PL-02': (ex) => congVan() + annex(ex) + annex(next(ex)),
  'ND30-PL-03': (ex) => congVan() + annex(ex),
  // The address block: after the letter (correct) or in the header (incorrect).
  'ND30-DC-01': (ex) => {
    const lines = ex.split('\n');
    if (lines[0].startsWith('…')) return congVan() + '\n' + lines.slice(1).join('\n') + '\n';
    return congVan(`${CV.parent}\n\n${CV.so}`, `UBND TỈNH LAI CHÂU\n${bold(lines[0])}\n${lines[1]}\n\n${lines[2]}`);
  },
  'ND30-SAO-01': fx('corpus/valid/sao-y-1.md', '**SAO Y**'),
  // The copy block of corpus/valid/sao-y-1.md, as the examples sketch it; the incorrect one has no Số line.
  'ND30-SAO-02': (_ex, kind) => (kind === 'incorrect' ? replaceOnce(fixture('corpus/valid/sao-y-1.md'), 'Số: 21/SY-SNV', '') : fixture('corpus/valid/sao-y-1.md')),
  'VB-CQ-01': (ex) => (ex.startsWith('Số') ? congVan(CV.so, ex) : ex.startsWith('-') ? congVan(CV.luu, ex) : congVan(CV.date, ex)),
  'VB-UNICODE-01': (ex) => congVan(CV.so, note(ex).normalize(/\+ U\+0302/u.test(ex) ? 'NFD' : 'NFC')),
};

/** A correct example of rule `id`, placed in its letter. */
export const correct = (id: string, example: string): string => PLACES[id](example, 'correct');
/** An incorrect example of rule `id`, placed in its letter. */
export const incorrect = (id: string, example: string): string => PLACES[id](example, 'incorrect');
