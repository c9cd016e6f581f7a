// The templates follow the engine's vocabulary: every document type of Điều 7
// has its template, or is listed as having no Mẫu of Phụ lục III.

import { strict as assert } from 'node:assert';
import { DOC_TYPES } from '../../../server/src/engine/vocab';
import { abbreviationChoices, MAU_1_4_TYPES, NO_TEMPLATE_TYPES, TEMPLATES, templateById } from '../../../server/src/templates';

describe('templates: derived from the vocabulary', () => {
  it('every document type has a template or is listed as having none', () => {
    const none = new Set(NO_TEMPLATE_TYPES.map((t) => t.key));
    for (const t of DOC_TYPES) {
      const tpl = templateById(t.key);
      assert.ok(tpl || none.has(t.key), `${t.key}: no template and not listed in NO_TEMPLATE_TYPES`);
      assert.ok(!(tpl && none.has(t.key)), `${t.key}: has a template but is listed in NO_TEMPLATE_TYPES`);
      if (tpl) {
        assert.equal(tpl.document, true, t.key);
        assert.equal(tpl.mau, t.mau, `${t.key}: Mẫu ${tpl.mau} vs the vocabulary's ${t.mau}`);
      }
    }
  });
  it('hợp đồng, bản ghi nhớ, bản thỏa thuận and thư công have no Mẫu', () => {
    assert.deepEqual(NO_TEMPLATE_TYPES.map((t) => t.key).sort(), ['ban_ghi_nho', 'ban_thoa_thuan', 'hop_dong', 'thu_cong']);
    for (const t of NO_TEMPLATE_TYPES) {
      const d = DOC_TYPES.find((x) => x.key === t.key);
      assert.ok(d, t.key);
      assert.equal(d.mau, undefined, `${t.key} has no Mẫu in the vocabulary either`);
    }
  });
  it('the Mẫu 1.4 types are the 17 of its Ghi chú 6, each with its own template and the vocabulary abbreviation', () => {
    assert.equal(MAU_1_4_TYPES.length, 17);
    for (const ty of MAU_1_4_TYPES) {
      const tpl = TEMPLATES.find((t) => t.id === ty.key);
      assert.ok(tpl, ty.key);
      assert.deepEqual(tpl.fixed, { tenLoai: ty.title, vietTat: ty.abbr });
    }
  });
  it('the Số line offers every abbreviation of the vocabulary, QĐ first, once each', () => {
    const choices = abbreviationChoices();
    assert.equal(choices[0], 'QĐ');
    assert.equal(new Set(choices).size, choices.length);
    assert.deepEqual([...choices].sort(), DOC_TYPES.filter((t) => t.abbr).map((t) => t.abbr).sort());
  });
});
