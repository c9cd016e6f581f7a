import { strict as assert } from 'node:assert';
import { isNoteStart, isShortName, looksLikeName } from '../../../server/src/engine/reader/signature';
import { analyze } from '../../../server/src/engine';
import { TODAY } from '../helpers';
import { line, model, modelOf, readerFixture, texts } from './util';

const TABLE_CV = (footer: string) =>
  `| UBND TỈNH LAI CHÂU<br>**SỞ NỘI VỤ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |\n|:---:|:---:|\n| Số: 54/SNV-VP<br>V/v cử cán bộ tham dự tập huấn | *Lai Châu, ngày 14 tháng 5 năm 2026* |\n\nKính gửi: Ủy ban nhân dân các xã, phường.\n\nSở Nội vụ đề nghị cử cán bộ tham dự lớp tập huấn./.\n\n${footer}\n|:---|:---:|\n`;

describe('reader/signature', () => {
  it('recognises names, short names and notes', () => {
    assert.ok(looksLikeName('Nguyễn Văn An'));
    assert.ok(looksLikeName('NGUYỄN VĂN AN'));
    assert.ok(!looksLikeName('Sở Nội vụ đề nghị'));
    assert.ok(isShortName('Hùng'));
    assert.ok(isShortName('Ông Hùng'));
    assert.ok(!isShortName('Ông'));
    assert.ok(!isShortName('GIÁM ĐỐC'));
    assert.ok(isNoteStart(line('Ghi chú: Biểu mẫu được đăng tải trên Cổng thông tin điện tử.')));
    assert.ok(isNoteStart(line('*Gửi kèm theo Công văn này biểu mẫu rà soát.*')));
    assert.ok(!isNoteStart(line('*(Đã ký)*')));
    assert.ok(!isNoteStart(line('*Nguyễn Văn An*')));
  });

  it('a "Ghi chú:" line after the signature table does not hide the signer', () => {
    const m = modelOf('valid/cv-ghi-chu-sau-chu-ky.md');
    assert.equal(m.signers.length, 1);
    assert.equal(m.signers[0].name?.text, 'Vũ Thị Lan');
    assert.deepEqual(texts(m.notes), ['Ghi chú: Biểu mẫu rà soát được đăng tải trên Cổng thông tin điện tử của Sở Nội vụ.']);
    assert.ok(!m.body.some((l) => l.text.startsWith('Ghi chú')));
  });

  it('an italic line on what is sent with the letter does not hide the signer (sequential layout)', () => {
    const m = modelOf('valid/cv-ghi-chu-in-nghieng.md');
    assert.equal(m.signers[0]?.name?.text, 'Vũ Thị Lan');
    assert.deepEqual(texts(m.notes), ['Gửi kèm theo Công văn này biểu mẫu rà soát vị trí việc làm.']);
    const a = analyze(readerFixture('valid/cv-ghi-chu-in-nghieng.md'), { today: TODAY });
    assert.deepEqual(a.findings.filter((f) => f.severity !== 'information').map((f) => f.ruleId), []);
  });

  it('a signer written "Ông Hùng" or "Hùng" is still the signer (name set for ND30-CK-04)', () => {
    const m = modelOf('model/cv-ten-nguoi-ky-ngan.md');
    assert.deepEqual(texts(m.signers[0].titles), ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    assert.equal(m.signers[0].name?.text, 'Ông Hùng');
    const m2 = model(TABLE_CV('| ***Nơi nhận:***<br>- Như trên;<br>- Lưu: VT. | **GIÁM ĐỐC**<br><br>*(Đã ký)*<br><br>**Hùng** |'));
    assert.equal(m2.signers[0]?.name?.text, 'Hùng');
  });

  it('an empty Nơi nhận cell (or a label with no items) in the table layout does not lose the signer', () => {
    for (const left of ['', '***Nơi nhận:***']) {
      const m = model(TABLE_CV(`| ${left} | **GIÁM ĐỐC**<br><br>*(Đã ký)*<br><br>**Nguyễn Thị Mai** |`));
      assert.equal(m.signers.length, 1, left);
      assert.equal(m.signers[0].name?.text, 'Nguyễn Thị Mai');
    }
  });
});
