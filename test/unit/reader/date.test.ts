import { strict as assert } from 'node:assert';
import { isDateLine } from '../../../server/src/engine/reader/date';
import { line, model } from './util';

const head = (date: string) => `ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 68/KH-UBND\n${date}\nKẾ HOẠCH\nPhòng, chống thiên tai năm 2026\n`;

describe('reader/date', () => {
  it('recognises filled, blank and numeric dates', () => {
    for (const t of ['Sơn La, ngày 11 tháng 3 năm 2026', '…, ngày … tháng … năm …', 'Hà Nội, 05/3/2026']) assert.ok(isDateLine(line(t)), t);
    for (const t of ['Ngày hội đại đoàn kết toàn dân tộc', 'Sơn La']) assert.ok(!isDateLine(line(t)), t);
  });

  it('a date wrapped over two or three lines is one date', () => {
    assert.equal(model(head('Sơn La, ngày 11\ntháng 3 năm 2026')).date?.text, 'Sơn La, ngày 11 tháng 3 năm 2026');
    assert.equal(model(head('Sơn\nLa, ngày 11 tháng 3\nnăm 2026')).date?.text, 'Sơn La, ngày 11 tháng 3 năm 2026');
  });

  it('the title after a date is not joined to it', () => {
    const m = model(head('Sơn La, ngày 11 tháng 3 năm 2026'));
    assert.equal(m.date?.text, 'Sơn La, ngày 11 tháng 3 năm 2026');
    assert.equal(m.title?.text, 'KẾ HOẠCH');
  });
});
