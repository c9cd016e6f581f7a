// The decree's date form (Nghị định 30/2020, Phụ lục I, mục II.4.b):
// "ngày 05 tháng 3 năm 2026". Days below 10 and the months 1 and 2 take a
// leading zero ("ngày 09 tháng 02"); months 3 to 12 do not ("tháng 3").
// The one place that writes it: templates, completion, `thethuc new` and the
// rules' suggested fixes.

/** Day of the month in the decree's form: "05", "10", "31". */
export function decreeDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** Month in the decree's form: "01", "02", "3" … "12". */
export function decreeMonth(month: number): string {
  return month === 1 || month === 2 ? `0${month}` : String(month);
}

/** "ngày 05 tháng 3 năm 2026" from its numbers (the year as written). */
export function decreeDate(day: number, month: number, year: number | string): string {
  return `ngày ${decreeDay(day)} tháng ${decreeMonth(month)} năm ${year}`;
}

/**
 * "ngày 05 tháng 3 năm 2026" for a date, read in local time (the date the
 * drafter sees on the calendar).
 */
export function formatNgay(date: Date): string {
  return decreeDate(date.getDate(), date.getMonth() + 1, date.getFullYear());
}

/** The whole place-date line (ô 4): "Lai Châu, ngày 05 tháng 3 năm 2026". */
export function formatDateLine(diaDanh: string, date: Date): string {
  return `${diaDanh}, ${formatNgay(date)}`;
}

/**
 * The same date as a VS Code snippet fragment built from the snippet
 * variables. `$CURRENT_DATE` is already two digits (what the decree wants);
 * `$CURRENT_MONTH` is always two digits, so a variable transform strips the
 * zero of the months 03–09 and keeps it for 01 and 02 (10–12 do not match).
 */
export const SNIPPET_NGAY = 'ngày $CURRENT_DATE tháng ${CURRENT_MONTH/^0([3-9])$/$1/} năm $CURRENT_YEAR';
