import { strict as assert } from 'node:assert';
import { model, modelOf, texts } from './util';

describe('reader/body', () => {
  it('the body lies between the opening components and the footer', () => {
    const m = modelOf('model/qd-thieu-can-cu.md');
    assert.deepEqual(texts(m.body), ['Điều 1. Thành lập Tổ công tác rà soát hộ nghèo năm 2026.', 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.']);
  });

  it('excludes Nơi nhận items, notes after the signature and annexes', () => {
    const m = modelOf('valid/cv-ghi-chu-in-nghieng.md');
    assert.deepEqual(texts(m.body), ['Sở Nội vụ đề nghị các cơ quan rà soát vị trí việc làm và gửi về Sở Nội vụ trước ngày 30 tháng 5 năm 2026./.']);
    const a = modelOf('valid/cv-phu-luc-sau-chu-ky.md');
    assert.deepEqual(texts(a.body), ['Sở Tài chính báo cáo tình hình thực hiện dự toán quý I năm 2026 như tại Phụ lục kèm theo./.']);
  });

  it('keeps quoted text in the body and marks it', () => {
    const m = modelOf('model/cv-trich-dan.md');
    assert.ok(m.body.some((l) => l.text.startsWith('c) Hàng hóa')));
    assert.equal(m.body.filter((l) => m.inQuotation(l)).length, 4);
  });

  it('a file that is not a letter has all its lines as body', () => {
    const m = model('Một đoạn văn.\n\nĐoạn thứ hai.\n');
    assert.deepEqual(texts(m.body), ['Một đoạn văn.', 'Đoạn thứ hai.']);
  });
});
