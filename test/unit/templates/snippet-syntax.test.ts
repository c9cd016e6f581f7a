// The snippet resolver used to check templates: VS Code snippet syntax.

import { strict as assert } from 'node:assert';
import { escapeSnippet, expandSnippet, parseSnippet, tabStops } from '../../../server/src/templates';

describe('templates: snippet syntax resolver', () => {
  it('defaults, choices, mirrors and bare tab stops', () => {
    assert.equal(expandSnippet('a ${1:x} b $1 ${2|KT.,TM.|} $3 ${4}.'), 'a x b x KT.  .');
  });
  it('supplied values replace defaults and choices, mirrors follow', () => {
    assert.equal(expandSnippet('${1:x}-${2|a,b|}-$1', { values: { 1: 'y', 2: 'b' } }), 'y-b-y');
  });
  it('nested placeholders and variables', () => {
    assert.equal(expandSnippet('${1:ngày $CURRENT_DATE ${2:z}}', { variables: { CURRENT_DATE: '05' } }), 'ngày 05 z');
    assert.equal(expandSnippet('${TM_SELECTED_TEXT:none} $UNKNOWN.'), 'none .');
  });
  it('variable transform', () => {
    const s = '${CURRENT_MONTH/^0([3-9])$/$1/}';
    assert.equal(expandSnippet(s, { variables: { CURRENT_MONTH: '03' } }), '3');
    assert.equal(expandSnippet(s, { variables: { CURRENT_MONTH: '02' } }), '02');
    assert.equal(expandSnippet(s, { variables: { CURRENT_MONTH: '11' } }), '11');
  });
  it('placeholder transform with conditional inserts (a mirror before its choice)', () => {
    const s = '${1/^(?:(SAO Y)|(SAO LỤC))$/${1:+SY}${2:+SL}/} ${1|SAO Y,SAO LỤC|}';
    assert.equal(expandSnippet(s), 'SY SAO Y');
    assert.equal(expandSnippet(s, { values: { 1: 'SAO LỤC' } }), 'SL SAO LỤC');
  });
  it('escapes round-trip', () => {
    const raw = 'giá $5 {a} \\ b}';
    assert.equal(expandSnippet(escapeSnippet(raw)), raw);
    assert.equal(expandSnippet('${1:a\\}b}'), 'a}b');
  });
  it('tab stops in order of appearance; malformed input throws', () => {
    assert.deepEqual(tabStops('$2 ${1:a ${3:b}} $2'), [2, 1, 3]);
    assert.throws(() => parseSnippet('${1:abc'));
    assert.throws(() => parseSnippet('${1|a,b'));
  });
});
