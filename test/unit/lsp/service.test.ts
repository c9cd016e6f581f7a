// The analysis service in-process, with a fake document store: one analysis
// per version, coalescing while busy, stale results never published, one
// policy (disabled, too large), memory released on close.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisResult, AnalysisService, Policy } from '../../../server/src/analysisService';
import { analyzerCount } from '../../../server/src/analysisEngine';

const ROOT = join(__dirname, '..', '..', '..');
const LETTER = readFileSync(join(ROOT, 'test', 'fixtures', 'valid', 'cong-van.md'), 'utf8').replace('Số: 05/SNV-VP', 'Số: 5/SNV-VP');

class FakeDocs {
  readonly map = new Map<string, TextDocument>();
  get(uri: string) {
    return this.map.get(uri);
  }
  all() {
    return [...this.map.values()];
  }
  set(uri: string, text: string, version: number) {
    this.map.set(uri, TextDocument.create(uri, 'markdown', version, text));
  }
}

function setup(policy: Partial<Policy> = {}, gate?: Promise<void>) {
  const docs = new FakeDocs();
  const published: { uri: string; r: AnalysisResult }[] = [];
  let policyCalls = 0;
  const service = new AnalysisService({
    documents: docs as never,
    policy: async () => {
      policyCalls++;
      if (gate && policyCalls === 1) await gate;
      return { enabled: true, options: { lang: 'vi' }, lang: 'vi', maxProblems: 1000, ...policy };
    },
    publish: (uri, r) => published.push({ uri, r }),
    log: () => undefined,
  });
  return { docs, service, published, calls: () => policyCalls };
}

const settle = () => new Promise((r) => setTimeout(r, 0)).then(() => new Promise((r) => setImmediate(r)));

describe('analysis service', () => {
  it('a burst of changes is coalesced; only the latest version is published', async () => {
    const { docs, service, published, calls } = setup();
    const uri = 'file:///a.md';
    for (let v = 1; v <= 10; v++) {
      docs.set(uri, LETTER + '\n'.repeat(v), v);
      service.request(uri);
    }
    const a = await service.get(uri);
    assert.ok(a);
    assert.equal(a.doc.version, 10);
    await settle();
    assert.deepEqual(published.map((p) => p.r.version), [10]);
    assert.ok(calls() <= 2, `policy resolved ${calls()} times`);
    assert.ok(a.analysis.findings.some((f) => f.ruleId === 'ND30-SO-02'));
  });

  it('a result for a version that changed meanwhile is dropped and the latest runs', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const { docs, service, published, calls } = setup({}, gate);
    const uri = 'file:///b.md';
    docs.set(uri, LETTER, 1);
    service.request(uri);
    // Version 1 is being resolved (its policy waits on the gate) when version 2 lands.
    while (calls() === 0) await new Promise((r) => setImmediate(r));
    docs.set(uri, LETTER.replace('Số: 5/SNV-VP', 'Số: 05/SNV-VP'), 2);
    service.request(uri);
    open();
    const a = await service.get(uri);
    assert.equal(calls(), 2, 'version 1 was started, then version 2 ran once');
    await settle();
    assert.equal(a?.doc.version, 2);
    assert.ok(published.every((p) => p.r.version === 2), published.map((p) => p.r.version).join());
    assert.ok(!a!.analysis.findings.some((f) => f.ruleId === 'ND30-SO-02'));
  });

  it('get() shares the analysis of a version: asking twice analyses once', async () => {
    const { docs, service, published } = setup();
    const uri = 'file:///c.md';
    docs.set(uri, LETTER, 1);
    const [x, y] = await Promise.all([service.get(uri), service.get(uri)]);
    assert.equal(x?.analysis, y?.analysis);
    assert.equal(published.length, 1);
    assert.equal((await service.get(uri))?.analysis, x?.analysis);
  });

  it('disabled and too large documents publish an empty result and answer undefined', async () => {
    const off = setup({ enabled: false });
    off.docs.set('file:///d.md', LETTER, 1);
    assert.equal(await off.service.get('file:///d.md'), undefined);
    assert.equal(off.published[0].r.kind, 'disabled');
    const big = setup();
    big.docs.set('file:///e.md', LETTER + 'x'.repeat(2 * 1024 * 1024), 1);
    assert.equal(await big.service.get('file:///e.md'), undefined);
    assert.equal(big.published[0].r.kind, 'tooLarge');
  });

  it('forget() releases the document and its analyzer', async () => {
    const { docs, service } = setup();
    const uri = 'file:///f.md';
    docs.set(uri, LETTER, 1);
    await service.get(uri);
    const before = analyzerCount();
    docs.map.delete(uri);
    service.forget(uri);
    assert.equal(service.latest(uri), undefined);
    assert.equal(analyzerCount(), before - 1);
  });
});
