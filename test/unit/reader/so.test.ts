import { strict as assert } from 'node:assert';
import { isSoLine, soContinuation, soTypeAbbr } from '../../../server/src/engine/reader/so';
import { isDateLine } from '../../../server/src/engine/reader/date';
import { line, model, modelOf } from './util';

describe('reader/so and reader/date', () => {
  it('recognises Số lines (filled, blank, without colon) and not prose', () => {
    for (const t of ['Số: 15/QĐ-BNV', 'Số 15/QĐ-BNV', 'Số:    /TTr-UBND', 'Số: …/GM-UBND', 'SỐ: 02/CĐ-UBND']) assert.ok(isSoLine(line(t)), t);
    for (const t of ['Số lượng cán bộ: 15', 'Số liệu năm 2025/2026 tăng']) assert.ok(!isSoLine(line(t)), t);
    assert.equal(soTypeAbbr('Số: 15/QĐ-BNV'), 'QĐ');
    // Quốc hội and its Standing Committee name the type before "số:".
    for (const t of ['Luật số: 57/2014/QH13', 'Nghị quyết số: 653/2019/UBTVQH14', 'Pháp lệnh số: 02/2022/UBTVQH15']) assert.ok(isSoLine(line(t)), t);
    for (const t of ['Quyết định số 15/QĐ-UBND ngày 02 tháng 3 năm 2026', 'Nghị quyết số 30c/NQ-CP ngày 08 tháng 11 năm 2011', 'Luật số 57/2014/QH13 quy định']) assert.ok(!isSoLine(line(t)), t);
    assert.equal(soTypeAbbr('Số: 15/2025/NĐ-CP'), 'NĐ');
  });

  it('a ký hiệu broken after "QĐ-" onto the next line is one Số', () => {
    assert.ok(soContinuation(line('Số: 615/QĐ-'), line('UBND')));
    assert.equal(soContinuation(line('Số: 615/QĐ-UBND'), line('UBND')), undefined);
    assert.equal(soContinuation(line('Số: 615/QĐ-'), line('Về việc giao chỉ tiêu')), undefined);
    const m = modelOf('model/qd-so-ky-hieu-xuong-dong.md');
    assert.equal(m.so?.text, 'Số: 615/QĐ-UBND');
    assert.equal(m.soCont?.text, 'UBND');
    assert.ok(!m.agency.some((l) => l.text === 'UBND'), 'the rest of the ký hiệu is not an agency line');
    assert.equal(m.type?.key, 'quyet_dinh');
    // The joined line keeps the source offsets of each part.
    const src = m.md.text;
    const so = m.so!;
    assert.equal(src.slice(so.starts[so.text.length - 4], so.ends[so.text.length - 1]), 'UBND');
    assert.equal(src.slice(so.starts[0], so.ends[3]), 'Số: ');
  });

  it('a joined Số gets no finding for the break (the ký hiệu is whole)', () => {
    const m = model('ỦY BAN NHÂN DÂN\n**TỈNH LAI CHÂU**\n\nSố: 61/QĐ-\nUBND\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n');
    assert.equal(m.so?.text, 'Số: 61/QĐ-UBND');
  });

  it('recognises date lines and not long prose with a date', () => {
    assert.ok(isDateLine(line('*Hà Nội, ngày 05 tháng 3 năm 2026*')));
    assert.ok(isDateLine(line('Lai Châu, ngày      tháng 3 năm 2026')));
    assert.ok(isDateLine(line('Hà Nội, 05/3/2026')));
    assert.ok(!isDateLine(line('Ngày 05 tháng 3 năm 2026, Sở Nội vụ đã tổ chức hội nghị tổng kết công tác năm của toàn ngành với các đơn vị.')));
  });
});
