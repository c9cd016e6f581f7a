// The decree's date form (PL I §II.4.b): zero before days < 10 and months 1–2 only.

import { strict as assert } from 'node:assert';
import { decreeDay, decreeMonth, formatDateLine, formatNgay, SNIPPET_NGAY, expandSnippet } from '../../../server/src/templates';

describe('templates: date in the form of NĐ 30/2020', () => {
  const cases: [Date, string][] = [
    [new Date(2026, 0, 1), 'ngày 01 tháng 01 năm 2026'],
    [new Date(2026, 1, 9), 'ngày 09 tháng 02 năm 2026'],
    [new Date(2026, 2, 10), 'ngày 10 tháng 3 năm 2026'],
    [new Date(2026, 11, 5), 'ngày 05 tháng 12 năm 2026'],
    [new Date(2020, 2, 5), 'ngày 05 tháng 3 năm 2020'],
    [new Date(2019, 5, 29), 'ngày 29 tháng 6 năm 2019'],
    [new Date(2026, 9, 31), 'ngày 31 tháng 10 năm 2026'],
  ];
  for (const [d, want] of cases) {
    it(`${d.toDateString()} → "${want}"`, () => assert.equal(formatNgay(d), want));
  }

  it('day and month helpers', () => {
    assert.deepEqual([1, 9, 10, 31].map(decreeDay), ['01', '09', '10', '31']);
    assert.deepEqual([1, 2, 3, 9, 10, 12].map(decreeMonth), ['01', '02', '3', '9', '10', '12']);
  });

  it('place-date line', () => {
    assert.equal(formatDateLine('Lai Châu', new Date(2026, 2, 5)), 'Lai Châu, ngày 05 tháng 3 năm 2026');
  });

  it('the snippet date (variables + transform) gives the same form for every month', () => {
    for (let m = 1; m <= 12; m++) {
      const d = new Date(2026, m - 1, 7);
      const vars = { CURRENT_DATE: '07', CURRENT_MONTH: String(m).padStart(2, '0'), CURRENT_YEAR: '2026' };
      assert.equal(expandSnippet(SNIPPET_NGAY, { variables: vars }), formatNgay(d), `month ${m}`);
    }
  });
});
