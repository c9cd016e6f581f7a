// Phụ lục II capitalisation rules: a wrong form is reported with an exact range and
// fixed to the decree's form; the decree's own forms and generic uses are not.

import { strict as assert } from 'node:assert';
import { applyFix, congVan, expectClean, expectRule, lint, R } from '../helpers';

const BODY = '2. Sử dụng chữ ký số trên văn bản điện tử gửi, nhận qua hệ thống quản lý văn bản và điều hành.';
const LINE = 22;
const letter = (sentence: string) => congVan(BODY, sentence);
const at = (sentence: string, part: string, nth = 0): R => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = sentence.indexOf(part, i + 1);
  assert.ok(i >= 0, `${part} not in ${sentence}`);
  return [LINE, i, LINE, i + part.length];
};

/** [rule, sentence, wrong part, the sentence after the fix] */
const WRONG: [string, string, string, string][] = [
  ['ND30-VH-01', 'Các đơn vị rà soát đúng quy định. các đơn vị báo cáo kết quả.', 'các', 'Các đơn vị rà soát đúng quy định. Các đơn vị báo cáo kết quả.'],
  ['ND30-VH-02', 'Giao ông Nguyễn văn Bình theo dõi.', 'Nguyễn văn Bình', 'Giao ông Nguyễn Văn Bình theo dõi.'],
  ['ND30-VH-04', 'Phối hợp với Ủy ban nhân dân Tỉnh Lai Châu thực hiện.', 'Tỉnh Lai Châu', 'Phối hợp với Ủy ban nhân dân tỉnh Lai Châu thực hiện.'],
  ['ND30-VH-04', 'Phối hợp với các xã của tỉnh Nam định thực hiện.', 'tỉnh Nam định', 'Phối hợp với các xã của tỉnh Nam Định thực hiện.'],
  ['ND30-VH-04', 'Phối hợp với tỉnh Bà Rịa - Vũng tàu thực hiện.', 'tỉnh Bà Rịa - Vũng tàu', 'Phối hợp với tỉnh Bà Rịa - Vũng Tàu thực hiện.'],
  ['ND30-VH-05', 'Phối hợp với Ủy ban nhân dân quận 1 thực hiện.', 'quận', 'Phối hợp với Ủy ban nhân dân Quận 1 thực hiện.'],
  ['ND30-VH-06', 'Phối hợp với các cơ quan tại thành phố Hồ Chí Minh thực hiện.', 'thành phố Hồ Chí Minh', 'Phối hợp với các cơ quan tại Thành phố Hồ Chí Minh thực hiện.'],
  ['ND30-VH-06', 'Tổ chức đoàn công tác tại thủ đô Hà Nội.', 'thủ đô Hà Nội', 'Tổ chức đoàn công tác tại Thủ đô Hà Nội.'],
  ['ND30-VH-07', 'Tổ chức hội nghị tại Cửa lò.', 'Cửa lò', 'Tổ chức hội nghị tại Cửa Lò.'],
  ['ND30-VH-08', 'Hỗ trợ các tỉnh Tây bắc thực hiện.', 'Tây bắc', 'Hỗ trợ các tỉnh Tây Bắc thực hiện.'],
  ['ND30-VH-09', 'Tham dự hội nghị tại Mát-Xcơ-Va.', 'Mát-Xcơ-Va', 'Tham dự hội nghị tại Mát-xcơ-va.'],
  ['ND30-VH-10', 'Phối hợp với Phòng giáo dục và đào tạo thực hiện.', 'Phòng giáo dục và đào tạo', 'Phối hợp với Phòng Giáo dục và Đào tạo thực hiện.'],
  ['ND30-VH-10', 'Phối hợp với Chi Cục Thuế khu vực V thực hiện.', 'Chi Cục Thuế', 'Phối hợp với Chi cục Thuế khu vực V thực hiện.'],
  // Published letter: "Tổng Cục Dạy nghề" (PL II IV.1.a: "Tổng cục").
  ['ND30-VH-10', 'Đề nghị Tổng Cục Dạy nghề hướng dẫn thực hiện.', 'Tổng Cục Dạy nghề', 'Đề nghị Tổng cục Dạy nghề hướng dẫn thực hiện.'],
  ['ND30-VH-10', 'Báo cáo Bộ Nông Nghiệp Và Môi Trường kết quả thực hiện.', 'Bộ Nông Nghiệp Và Môi Trường', 'Báo cáo Bộ Nông nghiệp và Môi trường kết quả thực hiện.'],
  ['ND30-VH-11', 'Thực hiện chỉ đạo của Ban chấp hành trung ương Đảng.', 'Ban chấp hành trung ương Đảng', 'Thực hiện chỉ đạo của Ban Chấp hành Trung ương Đảng.'],
  ['ND30-VH-12', 'Hợp tác với các nước Asean trong lĩnh vực số.', 'Asean', 'Hợp tác với các nước ASEAN trong lĩnh vực số.'],
  ['ND30-VH-12', 'Thực hiện khuyến nghị của Liên Hợp Quốc.', 'Liên Hợp Quốc', 'Thực hiện khuyến nghị của Liên hợp quốc.'],
  ['ND30-VH-15', 'Theo chỉ đạo của Phó chủ tịch Ủy ban nhân dân tỉnh về chữ ký số.', 'Phó chủ tịch', 'Theo chỉ đạo của Phó Chủ tịch Ủy ban nhân dân tỉnh về chữ ký số.'],
  ['ND30-VH-15', 'Theo chỉ đạo của giám đốc Sở Nội vụ về chữ ký số.', 'giám đốc', 'Theo chỉ đạo của Giám đốc Sở Nội vụ về chữ ký số.'],
  ['ND30-VH-15', 'Theo chỉ đạo của Phó Chủ Tịch về chữ ký số.', 'Phó Chủ Tịch', 'Theo chỉ đạo của Phó Chủ tịch về chữ ký số.'],
  ['ND30-VH-17', 'Treo cờ nhân dịp ngày quốc khánh 2-9.', 'quốc khánh', 'Treo cờ nhân dịp ngày Quốc khánh 2-9.'],
  ['ND30-VH-17', 'Tổ chức kỷ niệm ngày Nhà Giáo Việt Nam 20-11.', 'Nhà Giáo Việt Nam', 'Tổ chức kỷ niệm ngày Nhà giáo Việt Nam 20-11.'],
  ['ND30-VH-18', 'Thực hiện theo quyết định số 15/QĐ-UBND của Ủy ban nhân dân tỉnh.', 'quyết định', 'Thực hiện theo Quyết định số 15/QĐ-UBND của Ủy ban nhân dân tỉnh.'],
  ['ND30-VH-18', 'Thực hiện theo Luật thuế thu nhập cá nhân.', 'Luật thuế thu nhập cá nhân', 'Thực hiện theo Luật Thuế thu nhập cá nhân.'],
  ['ND30-VH-18', 'Thực hiện theo Bộ Luật Hình Sự.', 'Bộ Luật Hình Sự', 'Thực hiện theo Bộ luật Hình sự.'],
  ['ND30-VH-18', 'Các đơn vị thực hiện nghị định này.', 'nghị định', 'Các đơn vị thực hiện Nghị định này.'],
  ['ND30-VH-18', 'Thực hiện các Nghị Định hướng dẫn.', 'Nghị Định', 'Thực hiện các Nghị định hướng dẫn.'],
  ['ND30-VH-19', 'Thực hiện theo quy định tại Khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP.', 'Khoản', 'Thực hiện theo quy định tại khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP.'],
  ['ND30-VH-19', 'Thực hiện theo quy định tại khoản 2 điều 5 Nghị định số 30/2020/NĐ-CP.', 'điều', 'Thực hiện theo quy định tại khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP.'],
  ['ND30-VH-19', 'Thực hiện theo Điểm a khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP.', 'Điểm', 'Thực hiện theo điểm a khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP.'],
  ['ND30-VH-19', 'Thực hiện theo Điều 5 mục 2 Chương III Nghị định số 30/2020/NĐ-CP.', 'mục', 'Thực hiện theo Điều 5 Mục 2 Chương III Nghị định số 30/2020/NĐ-CP.'],
  ['ND30-VH-20', 'Hội nghị tổ chức vào Thứ Bảy, ngày 10/01/2026.', 'Thứ Bảy', 'Hội nghị tổ chức vào thứ Bảy, ngày 10/01/2026.'],
  ['ND30-VH-20', 'Hội nghị tổ chức vào thứ bảy, ngày 10/01/2026.', 'thứ bảy', 'Hội nghị tổ chức vào thứ Bảy, ngày 10/01/2026.'],
  ['ND30-VH-20', 'Bảo đảm an toàn trong dịp Tết nguyên đán.', 'nguyên đán', 'Bảo đảm an toàn trong dịp Tết Nguyên đán.'],
  ['ND30-VH-20', 'Bảo đảm an toàn trong dịp nghỉ tết.', 'tết', 'Bảo đảm an toàn trong dịp nghỉ Tết.'],
  ['ND30-VH-20', 'Chuẩn bị đón xuân ất tỵ an toàn.', 'ất tỵ', 'Chuẩn bị đón xuân Ất Tỵ an toàn.'],
  ['ND30-VH-20', 'Hoàn thành trong tháng tám năm 2026.', 'tháng tám', 'Hoàn thành trong tháng Tám năm 2026.'],
  ['ND30-VH-21', 'Kỷ niệm Cách mạng Tháng Tám thành công.', 'Cách mạng Tháng Tám', 'Kỷ niệm Cách mạng tháng Tám thành công.'],
  ['ND30-VH-21', 'Kỷ niệm Cách mạng tháng 8 thành công.', 'Cách mạng tháng 8', 'Kỷ niệm Cách mạng tháng Tám thành công.'],
  ['ND30-VH-22', 'Đăng bài trên tạp chí Cộng Sản.', 'Cộng Sản', 'Đăng bài trên tạp chí Cộng sản.'],
];

describe('Phụ lục II capitalisation: wrong forms are reported and fixed', () => {
  for (const [id, sentence, part, fixed] of WRONG) {
    it(`${id}: "${part}" in "${sentence}"`, () => {
      const text = letter(sentence);
      const [f] = expectRule(text, id, [at(sentence, part)]);
      assert.equal(f.severity, 'error');
      const out = applyFix(text, f);
      assert.ok(out.includes(fixed), `fix gave:\n${out.split('\n')[LINE]}`);
      expectClean(out, id);
      // The fix creates no capitalisation finding of another rule.
      assert.deepEqual(lint(out).filter((x) => x.ruleId.startsWith('ND30-VH')).map((x) => x.message), []);
    });
  }
});

/** Correct forms (the decree's examples and derived forms) and generic uses. */
const RIGHT = [
  'Căn cứ điểm a khoản 2 Điều 103 Mục 5 Chương XII Phần I của Bộ luật Hình sự.',
  'Theo quy định tại điểm a khoản 1 Điều 24 Tiểu mục 1 Mục 1 Chương III của Nghị quyết số 351/2017/UBTVQH14.',
  'Khoản 2 Điều 5 Nghị định này được sửa đổi như sau: các đơn vị thực hiện.',
  'Thực hiện Quyết định số 15/QĐ-UBND ngày 05 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh Lai Châu.',
  'Các nghị định, thông tư hướng dẫn và các quyết định của cơ quan có thẩm quyền.',
  'Căn cứ Luật Tổ chức chính quyền địa phương, Luật Tổ chức Quốc hội và Bộ luật Hình sự.',
  'Đề nghị các cơ quan đọc kỹ các quy định của pháp luật đất đai.',
  'Theo đề nghị của Giám đốc Sở Nội vụ và Bộ trưởng Bộ Tài chính, Phó Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Văn An chủ trì.',
  'Các phó chủ tịch, giám đốc các sở tham dự; Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm.',
  'Ông Trần Văn Bình, chủ tịch hội đồng quản trị, trình bày.',
  'Phối hợp với Thủ đô Hà Nội, Thành phố Hồ Chí Minh, thành phố Thái Nguyên, tỉnh Nam Định, Quận 1, Phường 5.',
  'Phối hợp với Ủy ban nhân dân tỉnh Lai Châu, tỉnh Bắc Ninh, tỉnh Thanh Hóa, tỉnh Thừa Thiên Huế, tỉnh Hà Giang.',
  'Biển Cửa Lò, chợ Bến Thành, sông Vàm Cỏ, vịnh Hạ Long, các tỉnh Tây Bắc, Đông Bắc, Bắc Bộ, Tây Nguyên.',
  'Đoàn công tác thăm Bắc Kinh, Mát-xcơ-va, Men-bơn.',
  'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam, Văn phòng Trung ương Đảng, Mặt trận Tổ quốc Việt Nam.',
  'Liên hợp quốc (UN), Tổ chức Y tế thế giới (WHO), WTO, UNDP, UNESCO, ASEAN.',
  'Phối hợp với Sở Tài chính, Sở Nông nghiệp và Môi trường, Bộ Dân tộc và Tôn giáo, Chi cục Thuế khu vực V, Phòng Văn hóa - Xã hội.',
  'Nhân dịp ngày Quốc khánh 2-9, ngày Quốc tế Lao động 1-5, ngày Phụ nữ Việt Nam 20-10, ngày Tổng tuyển cử đầu tiên.',
  'Dịp tết Nguyên đán, tết Trung thu, tết Đoan ngọ và nghỉ Tết; năm Kỷ Tỵ, Mậu Tuất, Xuân Ất Tỵ.',
  'Họp vào thứ Hai, thứ Tư hằng tuần; tháng Năm, tháng Tám; lần thứ hai tổ chức; thứ năm là bảo đảm an toàn.',
  'Kỷ niệm Cách mạng tháng Tám, Phong trào Xô viết Nghệ Tĩnh, Triều Lý, Triều Trần.',
  'Đăng trên tạp chí Cộng sản, từ điển Bách khoa toàn thư.',
  'Trích dẫn nguyên văn: "theo quyết định số 15/QĐ-UBND tại Khoản 2 điều 5" của văn bản.',
  'Phòng chống tham nhũng, vụ Đông Xuân năm 2026, hội nghị ngày 20 tháng 3 năm 2026 (v.v. các nội dung khác).',
  'Nhận 05 bộ hồ sơ của các ông Nguyễn Văn A, Lê Thị B và Trần Quang C.',
  'Học sinh đạt Điểm A môn Toán; gió mùa Đông Bắc; Giám đốc Công ty và Chủ tịch UBND tỉnh; Đoàn công tác của Sở.',
  'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và Thủ trưởng các cơ quan chịu trách nhiệm thi hành Quyết định này./.',
  'Phòng thuế thu nhập cá nhân của Cục Thuế tỉnh; Luật sư Trần Văn Bình; Tết Trung thu; tháng 8/2025; ngày 2/9.',
  'Khoản vay 2 tỷ đồng; phần 2 của báo cáo; mục 3 nêu trên; chương trình số 5; các điều 5, 6.',
  'Thực hiện Công văn số 4208 ngày 02/6/2021 (mục công văn đến); văn bản số 12/UBND-VP; dự thảo quyết định số …/QĐ-UBND.',
];

describe('Phụ lục II capitalisation: correct forms stay clean', () => {
  for (const sentence of RIGHT) {
    it(sentence, () => {
      const fs = lint(letter(sentence)).filter((f) => f.ruleId.startsWith('ND30-VH'));
      assert.deepEqual(fs.map((f) => `${f.ruleId} ${f.message}`), []);
    });
  }
  it('a lower-case paragraph after one that ended with "." is a new sentence (VH-01)', () => {
    const text = congVan('Trong quá trình thực hiện', 'Đề nghị các đơn vị thực hiện.\n\ntrong quá trình thực hiện');
    const fs = lint(text).filter((f) => f.ruleId === 'ND30-VH-01');
    assert.equal(fs.length, 1);
    assert.match(fs[0].message, /"trong" → "Trong"/);
  });
  it('a quotation over several lines is not checked; the text after it is', () => {
    const text = letter('Theo quy định: “b) Trường hợp cơ sở kinh doanh theo hướng\ndẫn tại Điểm c Khoản\n3 Điều này thì kê khai riêng.” Thực hiện theo quyết định số 15/QĐ-UBND.');
    const fs = lint(text).filter((f) => f.ruleId.startsWith('ND30-VH'));
    assert.deepEqual(fs.map((f) => f.message.split(':')[0] + ' ' + f.range.start.line), ['Tên loại của một văn bản cụ thể viết hoa chữ cái đầu 24']);
  });
  it('a holiday written "2/9" is information, fixed to "2-9"; a full date is not touched (VH-17)', () => {
    const sentence = 'Treo cờ nhân dịp ngày Quốc khánh 2/9 và ngày Quốc khánh 2/9/2025.';
    const text = letter(sentence);
    const [f] = expectRule(text, 'ND30-VH-17', [at(sentence, '2/9')]);
    assert.equal(f.severity, 'information');
    assert.ok(applyFix(text, f).includes('ngày Quốc khánh 2-9 và ngày Quốc khánh 2/9/2025.'));
  });
  it('a fix keeps the markup around and between the letters', () => {
    const text = letter('Thực hiện theo **quyết định** số 15/QĐ-UBND.');
    const f = lint(text).find((x) => x.ruleId === 'ND30-VH-18');
    assert.ok(f);
    assert.ok(applyFix(text, f).includes('Thực hiện theo **Quyết định** số 15/QĐ-UBND.'));
  });
  it('a team unit declared in the options is checked', () => {
    const text = letter('Phối hợp với Trung Tâm Phục Vụ Hành Chính Công tỉnh.');
    expectClean(text, 'ND30-VH-10');
    const fs = lint(text, { rules: { 'ND30-VH-10': ['error', { donVi: ['Trung tâm Phục vụ hành chính công'] }] } }).filter((f) => f.ruleId === 'ND30-VH-10');
    assert.equal(fs.length, 1);
    assert.match(fs[0].message, /"Trung tâm Phục vụ hành chính công"/);
  });
});

describe('Team dictionaries in .thethuc.jsonc ("vietHoa") and completion of cited laws', () => {
  it('parses "vietHoa" and the rules use its units and places', async () => {
    const { parseConfig, configToOptions, mergeConfigs } = await import('../../../server/src/config');
    const parsed = parseConfig('{ "vietHoa": { "donVi": ["Trung tâm Phục vụ hành chính công"], "diaDanh": ["Tam Đường"] } }', '.thethuc.jsonc');
    assert.deepEqual(parsed.problems, []);
    const opts = configToOptions(mergeConfigs(parsed.config));
    const text = letter('Phối hợp với Trung Tâm Phục Vụ Hành Chính Công và Ủy ban nhân dân huyện Tam đường.');
    const fs = lint(text, opts).filter((f) => f.ruleId.startsWith('ND30-VH'));
    assert.deepEqual(fs.map((f) => f.ruleId), ['ND30-VH-10', 'ND30-VH-04']);
    assert.match(fs[1].message, /"huyện Tam Đường"/);
    const bad = parseConfig('{ "vietHoa": { "tenRieng": [] } }', '.thethuc.jsonc');
    assert.equal(bad.problems.length, 1);
  });
  it('many team lists (a new pattern each: the per-text pattern records start again) keep the findings', async () => {
    const { configToOptions, mergeConfigs, parseConfig } = await import('../../../server/src/config');
    const text = letter('Phối hợp với Ủy ban nhân dân huyện Tam đường và Sở Nội Vụ.');
    const letters = (k: number) => [...k.toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('');
    for (let i = 0; i < 300; i++) {
      const opts = configToOptions(mergeConfigs(parseConfig(`{ "vietHoa": { "diaDanh": ["Tam Đường", "Khe ${letters(i)}"] } }`, '.thethuc.jsonc').config));
      const fs = lint(text, opts).filter((f) => f.ruleId.startsWith('ND30-VH'));
      assert.deepEqual(fs.map((f) => f.ruleId).sort(), ['ND30-VH-04', 'ND30-VH-10'], `team list ${i}`);
    }
  });
  it('completion after "Luật " offers the laws cited in the letter, spelt as the decree says', async () => {
    const { analyze } = await import('../../../server/src/engine');
    const { completionsAt } = await import('../../../server/src/features/completion');
    const text = letter('Căn cứ Luật tổ chức chính quyền địa phương và Bộ luật Lao động.\n\nThực hiện Luật ');
    const model = analyze(text).model;
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l === 'Thực hiện Luật ');
    const items = completionsAt({ model, lang: 'vi', position: { line, character: 'Thực hiện Luật '.length }, text, today: new Date(), coQuan: undefined });
    assert.deepEqual(items.map((i) => i.label), ['Tổ chức chính quyền địa phương']);
  });
  it('hover of a flagged name shows the rule and the correct form', async () => {
    const { findingHover } = await import('../../../server/src/features/hover');
    const f = lint(letter('Phối hợp với Chi Cục Thuế khu vực V thực hiện.')).find((x) => x.ruleId === 'ND30-VH-10')!;
    const md = findingHover(f, 'vi');
    assert.match(md, /ND30-VH-10/);
    assert.match(md, /"Chi cục Thuế"/);
  });
});
