// Print preview HTML: the same layout as the DOCX, drawn on A4 sheets.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportHtml, layoutOf } from '../../../server/src/export';
import { layoutToHtml } from '../../../server/src/export/html';
import { fixture, TODAY } from '../helpers';

const QD = fixture('valid/quyet-dinh.md');
const PHU_LUC = readFileSync(join(__dirname, 'fixtures', 'cong-van-phu-luc.md'), 'utf8');

/** The inline style of the first element with this class. */
function styleOf(html: string, cls: string): string {
  const m = new RegExp(`class="${cls}"[^>]*style="([^"]*)"`).exec(html);
  assert.ok(m, `no element of class ${cls}`);
  return m[1];
}

describe('export: print preview HTML', function () {
  this.timeout(60_000);
  it('draws an A4 sheet with the margins and Times New Roman', () => {
    const { html } = exportHtml(QD, { today: TODAY });
    assert.match(html, /^<!DOCTYPE html><html lang="vi">/);
    assert.match(html, /\.sheet \{[^}]*width: 210mm; min-height: 297mm;/);
    assert.match(html, /padding: 22\.5mm 17\.5mm 22\.5mm 32\.5mm/);
    assert.match(html, /font-family: 'Times New Roman'/);
    assert.equal((html.match(/<div class="sheet main">/g) ?? []).length, 1);
    assert.doesNotMatch(html, /<script/i, 'no scripts in the webview');
  });

  it('has the header table, the rules and the signature table with the decree sizes', () => {
    const { html } = exportHtml(QD, { today: TODAY });
    const header = /<table class="header"[\s\S]*?<\/table>/.exec(html)![0];
    // Wider than the text block, reaching 10 mm into the left margin (as the decree's Mẫu do).
    assert.match(header, /^<table class="header" style="width:174mm;margin-left:-10mm"><colgroup><col style="width:74mm"><col style="width:100mm"><\/colgroup>/);
    assert.match(header, /<p class="quoc-hieu" style="font-size:12\.5pt;text-align:center;font-weight:bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<\/p>/);
    assert.match(header, /<p class="tieu-ngu" style="font-size:13\.5pt;text-align:center;font-weight:bold">Độc lập - Tự do - Hạnh phúc<\/p>/);
    assert.match(header, /<div class="rule tieu-ngu-rule" style="width:5\d\.\d+mm;/);
    assert.match(header, /<div class="rule agency-rule"/);
    assert.match(styleOf(header, 'date'), /font-style:italic/);
    assert.match(styleOf(html, 'can-cu'), /font-size:13\.5pt;text-align:justify;font-style:italic/);
    assert.match(html, /<p class="dieu" style="[^"]*text-indent:12\.7mm[^"]*"><b>Điều 1\.<\/b> Thành lập/);
    const sign = /<table class="signature"[\s\S]*?<\/table>/.exec(html)![0];
    assert.match(sign, /<p class="noi-nhan" style="font-size:12pt;text-align:left;font-weight:bold;font-style:italic">Nơi nhận:<\/p>/);
    assert.match(sign, /<p class="noi-nhan-item" style="font-size:11pt;text-align:left">- Như Điều 3;<\/p>/);
    assert.match(sign, /<p class="signer-name" style="font-size:13\.5pt;text-align:center;font-weight:bold;margin-top:[\d.]+pt">Trần Văn Minh<\/p>/);
  });

  it('puts each appendix on its own sheet; escapes the text', () => {
    const { html } = exportHtml(PHU_LUC, { today: TODAY });
    assert.equal((html.match(/<div class="sheet annex">/g) ?? []).length, 1);
    const annex = html.slice(html.indexOf('<div class="sheet annex">'));
    assert.match(annex, /^<div class="sheet annex"><p class="phu-luc" style="font-size:14pt;text-align:center;font-weight:bold">Phụ lục<\/p>/);
    assert.match(annex, /<table class="body grid" style="width:160mm">/);
    const r = layoutOf('Số: 01/UBND-VP\n\n*Hà Nội, ngày 01 tháng 01 năm 2026*\n\nV/v chỉ tiêu a < b & "x"\n\nKính gửi: Sở A\n\nNội dung./.\n', { today: TODAY });
    const h = layoutToHtml(r.layout, { cspSource: 'vscode-resource:' });
    assert.match(h, /V\/v chỉ tiêu a &lt; b &amp; &quot;x&quot;/);
    assert.match(h, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline' vscode-resource:;"/);
  });
});
