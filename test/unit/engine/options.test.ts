// Rule options (meta.options): what a rule's check receives, and the options
// section of the generated rule pages.

import { strict as assert } from 'node:assert';
import { RULES, analyze, optionValue, resolveRuleOptions } from '../../../server/src/engine';
import type { Rule } from '../../../server/src/engine';
import type { RuleMeta } from '../../../server/src/engine/types';
import { rulePage } from '../../../scripts/gen-docs';

const META: Pick<RuleMeta, 'options'> = {
  options: {
    flag: { type: 'boolean', default: false, description: { vi: 'c', en: 'f' } },
    names: { type: 'strings', default: [], description: { vi: 'c', en: 'f' } },
    level: { type: 'enum', values: ['warning', 'off'], aliases: { warn: 'warning' }, default: 'warning', description: { vi: 'c', en: 'f' } },
  },
};

describe('rule options', () => {
  it('defaults fill what is not given; a value of the wrong type gives the default; unknown keys are dropped', () => {
    assert.deepEqual(resolveRuleOptions(META, undefined), { flag: false, names: [], level: 'warning' });
    assert.deepEqual(resolveRuleOptions(META, { flag: true, names: ['A', 3], level: 'OFF', other: 1 }), { flag: true, names: ['A'], level: 'off' });
    assert.deepEqual(resolveRuleOptions(META, { flag: 'yes', names: 'A', level: 'loud' }), { flag: false, names: [], level: 'warning' });
    assert.equal(optionValue(META.options!.level, 'Warn'), 'warning');
    assert.deepEqual(resolveRuleOptions({}, { x: 1 }), {});
  });

  it('every declared option has a default of its type and a description in both languages', () => {
    const withOptions = RULES.filter((r) => r.meta.options);
    assert.deepEqual(withOptions.map((r) => r.meta.id).sort(), ['ND30-CC-02', 'ND30-CK-04', 'ND30-VH-04', 'ND30-VH-10']);
    for (const r of withOptions) {
      for (const [k, spec] of Object.entries(r.meta.options!)) {
        assert.notEqual(optionValue(spec, spec.default), undefined, `${r.meta.id}.${k}`);
        assert.ok(spec.description.vi && spec.description.en, `${r.meta.id}.${k}`);
      }
    }
  });

  it('a rule reads its typed options, defaults filled in (CK-04 allowAcademic, CC-02 luatSo)', () => {
    const seen: unknown[] = [];
    const ck04 = RULES.find((r) => r.meta.id === 'ND30-CK-04') as Rule;
    const orig = ck04.check;
    ck04.check = (ctx) => void seen.push(ctx.options);
    try {
      const text = '**ỦY BAN NHÂN DÂN**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n\n**QUYẾT ĐỊNH**\n';
      analyze(text, { force: true });
      analyze(text, { force: true, rules: { 'ND30-CK-04': ['error', { allowAcademic: true }] } });
      analyze(text, { force: true, rules: { 'ND30-CK-04': { level: 'error', options: { allowAcademic: 'yes' } } } });
    } finally {
      ck04.check = orig;
    }
    assert.deepEqual(seen, [{ allowAcademic: false }, { allowAcademic: true }, { allowAcademic: false }]);
  });

  it('the rule page has an options section for a rule with options only', () => {
    const page = (id: string) => rulePage(RULES.find((r) => r.meta.id === id)!);
    assert.match(page('ND30-CK-04'), /## Tuỳ chọn \(options\)\n\n\| Tuỳ chọn \(option\) \| Kiểu \(type\) \| Mặc định \(default\) \| Mô tả \(description\) \|\n\| --- \| --- \| --- \| --- \|\n\| `allowAcademic` \| `true \\\| false` \| `false` \|/);
    assert.match(page('ND30-CK-04'), /"ND30-CK-04": \["error", \{"allowAcademic":false\}\]/);
    assert.doesNotMatch(page('ND30-SO-02'), /Tuỳ chọn \(options\)/);
  });
});
