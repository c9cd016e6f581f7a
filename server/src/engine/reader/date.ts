// Địa danh and date (ô 4): "Hà Nội, ngày 05 tháng 3 năm 2025", "Hà Nội, 05/3/2025".

import type { Line } from '../markdown';
import { bare } from '../text';
import { RE } from './common';

export function isDateLine(l: Line): boolean {
  if (l.text.length > 90) return false;
  const b = bare(l.text);
  return RE.dateBare.test(b) || RE.dateNumeric.test(l.text);
}
