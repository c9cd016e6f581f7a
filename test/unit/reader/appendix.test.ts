import { strict as assert } from 'node:assert';
import { isAttachedTitle, isPhuLucHeading } from '../../../server/src/engine/reader/appendix';
import { line, modelOf, texts } from './util';

describe('reader/appendix', () => {
  it('recognises annex headings, and not body sentences', () => {
    assert.ok(isPhuLucHeading(line('**PHỤ LỤC I**')));
    assert.ok(isPhuLucHeading(line('Phụ lục')));
    assert.ok(!isPhuLucHeading(line('Phụ lục kèm theo Công văn này gồm 02 biểu,')));
    assert.ok(isAttachedTitle(line('**DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC CHUẨN HÓA**')));
    assert.ok(isAttachedTitle(line('QUY TRÌNH')));
    assert.ok(!isAttachedTitle(line('Danh mục thủ tục hành chính')));
    assert.ok(!isAttachedTitle(line('CHỦ TỊCH')));
  });

  const cases: [string, string, string, string[], string | undefined][] = [
    ['valid/qd-ban-hanh-kem-theo-quy-dinh.md', 'Lò Văn Tiến', 'QUY ĐỊNH', ['Tiếp nhận và xử lý phản ánh của người dân trên Cổng thông tin điện tử tỉnh'], '(Ban hành kèm theo'],
    ['valid/qd-ban-hanh-kem-theo-quy-trinh.md', 'Lò Văn Tiến', 'QUY TRÌNH', ['Tiếp nhận và xử lý phản ánh của người dân trên Cổng thông tin điện tử tỉnh'], '(Ban hành kèm theo'],
    ['valid/qd-danh-muc-kem-theo-typo.md', 'Đặng Ngọc Hậu', 'DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC CHUẨN HÓA', [], '(kem theo'],
    ['valid/qd-ke-hoach-sau-chu-ky.md', 'Nguyễn Văn Sơn', 'KẾ HOẠCH', ['Chuyển đổi số năm 2026'], undefined],
    ['valid/cv-phu-luc-sau-chu-ky.md', 'Trần Thị Hoa', 'Phụ lục', ['TÌNH HÌNH THỰC HIỆN DỰ TOÁN QUÝ I NĂM 2026'], '(Kèm theo'],
  ];
  for (const [f, signer, title, trichYeu, attached] of cases) {
    it(`${f}: the annex starts after the signer and has its own title and trích yếu`, () => {
      const m = modelOf(f);
      assert.equal(m.signers.length, 1);
      assert.equal(m.signers[0].name?.text, signer);
      assert.equal(m.annexes.length, 1);
      const a = m.annexes[0];
      assert.equal(a.title?.text, title);
      assert.deepEqual(texts(a.trichYeu), trichYeu);
      if (attached) assert.ok(a.attachedTo?.text.startsWith(attached), a.attachedTo?.text);
      else assert.equal(a.attachedTo, undefined);
      assert.ok(a.lines[0].i > m.signers[0].name!.i, 'the annex does not swallow the signer');
      assert.deepEqual(m.annex, a.lines);
      assert.ok(!m.body.some((l) => /^I\. Lĩnh vực/.test(l.text)), 'table rows of the annex are not body');
    });
  }

  it('the agency lines above an attached QUY ĐỊNH belong to it', () => {
    const m = modelOf('valid/qd-ban-hanh-kem-theo-quy-dinh.md');
    assert.equal(m.annexes[0].lines[0].text, 'ỦY BAN NHÂN DÂN');
    assert.equal(m.signers.length, 1);
  });
});

describe('reader/appendix: no Nơi nhận in the main document', () => {
  it('the annex starts after the signer block; the signer is kept', () => {
    const m = modelOf('model/cv-phu-luc-khong-noi-nhan.md');
    assert.equal(m.signers[0]?.name?.text, 'Trần Thị Hoa');
    assert.equal(m.annexes.length, 1);
    assert.equal(m.annexes[0].title?.text, 'PHỤ LỤC');
    assert.deepEqual(texts(m.annexes[0].trichYeu), ['SỐ LIỆU QUÝ I NĂM 2026']);
    assert.equal(m.noiNhan, undefined);
  });
});
