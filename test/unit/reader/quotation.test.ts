import { strict as assert } from 'node:assert';
import { isEllipsisLine, isRunningEllipsis, readQuotations } from '../../../server/src/engine/reader/quotation';
import { parseMarkdown } from '../../../server/src/engine/markdown';
import { modelOf, texts } from './util';

const quotes = (md: string) => readQuotations(parseMarkdown(md).lines).map((q) => texts(q.lines));

describe('reader/quotation', () => {
  it('ellipsis lines and running-text ellipses', () => {
    for (const t of ['…', '...', '*…*', '“…', '…”', '….']) assert.ok(isEllipsisLine(t), t);
    for (const t of ['Hà Nội, ngày … tháng … năm …', '… và các nội dung khác']) assert.ok(!isEllipsisLine(t), t);
    const a = 'các cơ quan: sở, ban, ngành tỉnh,… bảo đảm tiến độ';
    assert.ok(isRunningEllipsis(a, a.indexOf('…')));
    const b = 'hồ sơ khai thuế,... trong thời hạn';
    assert.ok(isRunningEllipsis(b, b.indexOf('...')));
    const c = 'Số: …/UBND-VP';
    assert.ok(!isRunningEllipsis(c, c.indexOf('…')), 'a blank to fill in');
    const d = 'ngày … tháng';
    assert.ok(!isRunningEllipsis(d, d.indexOf('…')));
  });

  it('a quote between quotation marks, with ellipsis lines and points from c)', () => {
    const m = modelOf('model/cv-trich-dan.md');
    assert.equal(m.quotations.length, 1);
    assert.deepEqual(texts(m.quotations[0].lines), ['“…', 'c) Hàng hóa, dịch vụ do Nhà nước định giá;', 'd) Hàng hóa, dịch vụ thực hiện bình ổn giá;', '…”']);
    for (const l of m.quotations[0].lines) assert.ok(m.inQuotation(l));
    assert.ok(!m.inQuotation(m.body[0]));
  });

  it('a list of points that starts at c) after an introducing line, without quotation marks', () => {
    const md = 'Điểm c khoản 2 Điều 5 quy định:\n\nc) Hồ sơ gồm đơn đề nghị;\n\nd) Bản sao giấy tờ tùy thân.\n\nĐề nghị Công ty thực hiện theo quy định.\n';
    assert.deepEqual(quotes(md), [['c) Hồ sơ gồm đơn đề nghị;', 'd) Bản sao giấy tờ tùy thân.']]);
  });

  it("the letter's own list from a) is not a quotation", () => {
    const md = 'Sở Nội vụ đề nghị:\n\na) Rà soát hồ sơ;\n\nb) Báo cáo kết quả.\n';
    assert.deepEqual(quotes(md), []);
  });

  it('an unclosed quotation mark does not swallow the letter', () => {
    const md = '“Điều 5. Hồ sơ đề nghị\n\nĐề nghị Công ty thực hiện.\n\nTrân trọng./.\n';
    assert.deepEqual(quotes(md), []);
  });
});

describe('reader/quotation: blanks glued to a field word', () => {
  it('"ngày…tháng…năm…" is a blank, not "etc."', () => {
    const t = 'Lai Châu, ngày…tháng…năm 2026';
    assert.ok(!isRunningEllipsis(t, t.indexOf('…')));
  });
});

describe('reader/quotation: numbers being filled in', () => {
  it('"năm 20…" and "Số: 15/…" are blanks', () => {
    for (const t of ['Lai Châu, ngày 05 tháng 3 năm 20…', 'Số: 15/…']) assert.ok(!isRunningEllipsis(t, t.indexOf('…')), t);
  });
});
