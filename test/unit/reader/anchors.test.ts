import { strict as assert } from 'node:assert';
import { model, modelOf } from './util';

describe('reader/anchors: model.anchor(component)', () => {
  it('present components: their own first line', () => {
    const m = modelOf('model/qd-so-ky-hieu-xuong-dong.md');
    assert.equal(m.anchor('quocHieu'), m.quocHieu);
    assert.equal(m.anchor('so'), m.so);
    assert.equal(m.anchor('canCu'), m.canCu[0]);
    assert.equal(m.anchor('signature'), m.signers[0].titles[0]);
    assert.equal(m.anchor('noiNhan'), m.noiNhan?.label);
  });

  it('missing căn cứ: the enacting line; without enacting line: the line after the authority', () => {
    const m = modelOf('model/qd-thieu-can-cu.md');
    assert.equal(m.anchor('canCu')?.text, 'QUYẾT ĐỊNH:');
    const m2 = model('**QUYẾT ĐỊNH**\n\n**Về việc thử**\n\n**CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ**\n\n**Điều 1.** Nội dung.\n');
    assert.equal(m2.anchor('canCu')?.text, 'Điều 1. Nội dung.');
  });

  it('missing header parts: the first line; missing Số: on the agency it goes under', () => {
    const m = model('UBND TỈNH LAI CHÂU\n**SỞ NỘI VỤ**\n\n*Lai Châu, ngày 15 tháng 5 năm 2026*\n\nKính gửi: Sở Tài chính.\n\nNội dung./.\n');
    assert.equal(m.anchor('quocHieu'), m.lines[0]);
    assert.equal(m.anchor('so')?.text, 'SỞ NỘI VỤ');
  });

  it('missing signature and Nơi nhận: the last line of the body / of the main document (before an annex)', () => {
    const m = model('Số: 1/SNV-VP\n\nV/v thử\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\nKính gửi: Sở Tài chính.\n\nNội dung thứ nhất.\n\nNội dung cuối./.\n');
    assert.equal(m.anchor('signature')?.text, 'Nội dung cuối./.');
    assert.equal(m.anchor('noiNhan')?.text, 'Nội dung cuối./.');
  });

  it('an empty document has no anchor', () => {
    assert.equal(model('').anchor('quocHieu'), undefined);
  });
});
