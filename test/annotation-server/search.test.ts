import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fetchResults, readSearchResults, search, suggest } from '@vellum/iiif/search';
import { backends, bearer, comment, send, type Running } from './harness.ts';

const CANVAS = 'https://example.org/canvas/1';
const CANVAS_2 = 'https://example.org/canvas/2';
const INJECTION = "'; drop table annotations; --";

const tag = (text: string) => ({ ...comment(text), motivation: 'tagging', body: { type: 'TextualBody', purpose: 'tagging', value: text } });
const textOf = (item: { body: { value: string } }) => item.body.value;

for (const backend of backends()) {
  describe(`IIIF Content Search on ${backend.name}`, () => {
    let server: Running;
    let ada: Record<string, string>;
    let grace: Record<string, string>;
    before(async () => {
      server = await backend.serve();
      ada = bearer(await server.token('ada', { '*': 'write' }));
      grace = bearer(await server.token('grace', { '*': 'write' }));
    });
    after(() => server.close());

    async function post(container: string, annotation: unknown, headers = ada): Promise<string> {
      const response = await send(`${server.url}/annotations/${container}/`, 'POST', annotation, headers);
      assert.equal(response.status, 201);
      return response.headers.get('location')!;
    }
    const url = (service: string, container: string, params: Record<string, string>) => `${server.url}/${service}/${container}?${new URLSearchParams(params)}`;
    async function answer(service: string, container: string, params: Record<string, string>) {
      const response = await fetch(url(service, container, params));
      assert.equal(response.status, 200, await response.clone().text());
      assert.match(response.headers.get('content-type')!, /^application\/ld\+json/);
      return response.json();
    }
    const totalOf = async (container: string, params: Record<string, string>) => (await answer('search/2', container, params)).partOf.total;

    it('answers 2.0 with an AnnotationPage: the total, the annotations in items, a contextualizing quote of each', async () => {
      const hand = await post('birds', comment('A bird in the hand is worth two in the bush'));
      const early = await post('birds', comment('The early Bird catches the worm'));
      await post('birds', comment('Nothing to see'));
      const page = await answer('search/2', 'birds', { q: 'bird' });
      assert.equal(page['@context'], 'http://iiif.io/api/search/2/context.json');
      assert.equal(page.type, 'AnnotationPage');
      assert.equal(page.partOf.type, 'AnnotationCollection');
      assert.equal(page.partOf.total, 2);
      assert.deepEqual(page.partOf.first, { id: url('search/2', 'birds', { q: 'bird', page: '0' }), type: 'AnnotationPage' });
      assert.equal(page.next, undefined);
      assert.deepEqual(page.items.map((item: { id: string }) => item.id).sort(), [early, hand].sort());
      const quotes = page.annotations[0].items;
      assert.equal(quotes.length, 2);
      const quote = quotes.find((annotation: { target: { source: string } }) => annotation.target.source === hand);
      assert.equal(quote.motivation, 'contextualizing');
      assert.deepEqual(quote.target.selector, [{ type: 'TextQuoteSelector', prefix: 'A ', exact: 'bird', suffix: ' in the hand is worth two in the bush' }]);
      const other = quotes.find((annotation: { target: { source: string } }) => annotation.target.source === early);
      assert.equal(other.target.selector[0].exact, 'Bird');
      assert.equal(await totalOf('birds', { q: 'BIRD' }), 2);
      assert.equal(await totalOf('birds', { q: 'birds' }), 0);
    });

    it('answers 1.0 with an sc:AnnotationList: resources on canvas#xywh, hits with the words before and after', async () => {
      const iri = await post('list', comment('The quick brown fox jumps', CANVAS, '5,6,7,8'));
      const painted = await post('list', { ...comment('painted fox', CANVAS_2), motivation: 'painting', target: `${CANVAS_2}#xywh=percent:10,10,50,50` });
      const list = await answer('search/1', 'list', { q: 'fox' });
      assert.deepEqual(list['@context'], ['http://iiif.io/api/presentation/2/context.json', 'http://iiif.io/api/search/1/context.json']);
      assert.equal(list['@type'], 'sc:AnnotationList');
      assert.equal(list.within['@type'], 'sc:Layer');
      assert.equal(list.within.total, 2);
      const byId = new Map<string, Record<string, unknown>>(list.resources.map((resource: { '@id': string }) => [resource['@id'], resource]));
      const [first, second] = [byId.get(iri), byId.get(painted)!];
      assert.deepEqual(first, { '@id': iri, '@type': 'oa:Annotation', motivation: 'oa:commenting', resource: { '@type': 'cnt:ContentAsText', chars: 'The quick brown fox jumps' }, on: `${CANVAS}#xywh=5,6,7,8` });
      assert.equal(second.motivation, 'sc:painting');
      assert.equal(second.on, `${CANVAS_2}#xywh=percent:10,10,50,50`);
      const hit = list.hits.find((candidate: { annotations: string[] }) => candidate.annotations[0] === iri);
      assert.deepEqual(hit, { '@type': 'search:Hit', annotations: [iri], match: 'fox', before: 'The quick brown ', after: ' jumps' });
      assert.equal(list.hits.length, 2);
    });

    it('finds Chinese, Japanese and Korean words inside unspaced text', async () => {
      await post('cjk', comment('北京大学图书馆藏'));
      await post('cjk', comment('東京国立博物館の所蔵品'));
      await post('cjk', comment('국립중앙도서관 소장 자료'));
      const chinese = await answer('search/2', 'cjk', { q: '大学' });
      assert.equal(chinese.partOf.total, 1);
      assert.equal(textOf(chinese.items[0]), '北京大学图书馆藏');
      assert.deepEqual(chinese.annotations[0].items[0].target.selector[0], { type: 'TextQuoteSelector', prefix: '北京', exact: '大学', suffix: '图书馆藏' });
      const japanese = await answer('search/1', 'cjk', { q: '博物館' });
      assert.deepEqual([japanese.within.total, japanese.hits[0].before, japanese.hits[0].after], [1, '東京国立', 'の所蔵品']);
      assert.equal(textOf((await answer('search/2', 'cjk', { q: '도서관' })).items[0]), '국립중앙도서관 소장 자료');
      assert.equal(await totalOf('cjk', { q: '大學' }), 0);
    });

    it('needs every term of several, in any order, and a quoted phrase as written', async () => {
      await post('terms', comment('A bird in the hand is worth two in the bush'));
      await post('terms', comment('The early bird catches the worm'));
      assert.equal(await totalOf('terms', { q: 'bird' }), 2);
      assert.equal(await totalOf('terms', { q: 'hand bird' }), 1);
      assert.equal(textOf((await answer('search/2', 'terms', { q: 'worm  bird' })).items[0]), 'The early bird catches the worm');
      assert.equal(await totalOf('terms', { q: 'bird fish' }), 0);
      assert.equal(await totalOf('terms', { q: 'bird early' }), 1);
      assert.equal(await totalOf('terms', { q: '"bird early"' }), 0);
      const phrase = await answer('search/2', 'terms', { q: '"early bird"' });
      assert.equal(phrase.partOf.total, 1);
      assert.equal(phrase.annotations[0].items[0].target.selector[0].exact, 'early bird');
      assert.equal(await totalOf('terms', { q: '"early bird" worm' }), 1);
      assert.equal(await totalOf('terms', { q: '"early bird" hand' }), 0);
    });

    it('filters by motivation and by user (their URI or name), any of several, and reports date as ignored', async () => {
      const pie = await post('filters', comment('apple pie'));
      await post('filters', tag('apple'));
      await post('filters', comment('apple tart'), grace);
      const graceUri = (await answer('search/2', 'filters', { q: 'tart' })).items[0].creator.id;
      const adaUri = (await (await fetch(pie)).json()).creator.id;
      assert.equal(graceUri, `${server.url}/users/grace`);
      assert.equal(await totalOf('filters', { q: 'apple', motivation: 'tagging' }), 1);
      assert.equal(await totalOf('filters', { q: 'apple', motivation: 'tagging commenting' }), 3);
      assert.equal(await totalOf('filters', { q: 'apple', motivation: 'painting' }), 0);
      assert.equal(textOf((await answer('search/2', 'filters', { q: 'apple', user: graceUri })).items[0]), 'apple tart');
      assert.equal(await totalOf('filters', { q: 'apple', user: adaUri }), 2);
      assert.equal(await totalOf('filters', { q: 'apple', user: `${adaUri} ${graceUri}` }), 3);
      assert.equal(await totalOf('filters', { q: 'apple', user: 'grace' }), 1);
      assert.equal(await totalOf('filters', { q: 'apple', user: `${server.url}/users/nobody` }), 0);
      assert.equal(await totalOf('filters', { q: 'apple', user: adaUri, motivation: 'commenting' }), 1);
      assert.equal((await answer('search/1', 'filters', { q: 'apple', motivation: 'tagging' })).resources[0].motivation, 'oa:tagging');
      const dated = await answer('search/2', 'filters', { q: 'apple', date: '2020-01-01T00:00:00Z/2030-01-01T00:00:00Z' });
      assert.deepEqual([dated.ignored, dated.partOf.total], [['date'], 3]);
      assert.deepEqual((await answer('search/1', 'filters', { q: 'apple', date: '' })).within.ignored, ['date']);
      assert.equal((await answer('search/2', 'filters', { q: 'apple' })).ignored, undefined);
    });

    it('pages past 50 hits: next and prev, the rest on the second page, the totals right, 404 past the end', async () => {
      const created = new Set<string>();
      for (let n = 0; n < 60; n++) created.add(await post('many', comment(`page word ${n}`)));
      const first = await answer('search/2', 'many', { q: 'word' });
      assert.deepEqual([first.items.length, first.partOf.total, first.startIndex, first.prev], [50, 60, 0, undefined]);
      assert.deepEqual(first.next, { id: url('search/2', 'many', { q: 'word', page: '1' }), type: 'AnnotationPage' });
      assert.equal(first.partOf.last.id, first.next.id);
      const second = await (await fetch(first.next.id)).json();
      assert.deepEqual([second.items.length, second.partOf.total, second.startIndex, second.next], [10, 60, 50, undefined]);
      assert.equal(second.prev.id, url('search/2', 'many', { q: 'word', page: '0' }));
      const ids = [...first.items, ...second.items].map((item: { id: string }) => item.id);
      assert.deepEqual(new Set(ids), created);
      const list = await answer('search/1', 'many', { q: 'word' });
      assert.deepEqual([list.resources.length, list.hits.length, list.within.total], [50, 50, 60]);
      const rest = await (await fetch(list.next)).json();
      assert.deepEqual([rest.resources.length, rest.hits.length, rest.within.total, rest.startIndex, rest.next], [10, 10, 60, 50, undefined]);
      assert.equal((await fetch(url('search/2', 'many', { q: 'word', page: '2' }))).status, 404);
      for (const page of ['-1', 'x', '1.5']) assert.equal((await fetch(url('search/2', 'many', { q: 'word', page }))).status, 400);
    });

    it('completes Latin prefixes to whole words, most found first, in 2.0 and 1.0, with min and the filters', async () => {
      await post('complete', comment('The machine hums'));
      await post('complete', comment('A machine and its machinery'));
      await post('complete', comment('Macheath sings'));
      await post('complete', tag('Machete'), grace);
      await post('complete', comment("O'Brien, of snake_case fame (and machines)."));
      const terms = await answer('autocomplete/2', 'complete', { q: 'mach' });
      assert.equal(terms.type, 'TermPage');
      assert.deepEqual(terms.items, [
        { value: 'machine', total: 2 },
        { value: 'macheath', total: 1 },
        { value: 'machete', total: 1 },
        { value: 'machinery', total: 1 },
        { value: 'machines', total: 1 },
      ]);
      assert.deepEqual((await answer('autocomplete/2', 'complete', { q: "o'b" })).items, [{ value: "o'brien", total: 1 }]);
      assert.deepEqual((await answer('autocomplete/2', 'complete', { q: 'snake_' })).items, [{ value: 'snake_case', total: 1 }]);
      assert.deepEqual((await answer('autocomplete/2', 'complete', { q: 'MACH', min: '2' })).items, [{ value: 'machine', total: 2 }]);
      assert.deepEqual((await answer('autocomplete/2', 'complete', { q: 'mach', motivation: 'tagging' })).items, [{ value: 'machete', total: 1 }]);
      assert.equal((await answer('autocomplete/2', 'complete', { q: 'mach', user: `${server.url}/users/ada` })).items.length, 4);
      const list = await answer('autocomplete/1', 'complete', { q: 'machin' });
      assert.equal(list['@type'], 'search:TermList');
      assert.deepEqual(list.terms[0], { match: 'machine', count: 2, url: url('search/1', 'complete', { q: 'machine' }) });
      assert.equal((await (await fetch(list.terms[1].url)).json()).within.total, 1);
      assert.equal((await fetch(url('autocomplete/2', 'complete', { q: 'mach', min: '0' }))).status, 400);
    });

    it('completes Chinese, Japanese and Korean to the typed characters and the next ones, in 2.0 and 1.0', async () => {
      await post('complete-cjk', comment('北京大学图书馆藏'));
      await post('complete-cjk', comment('東京国立博物館の所蔵品'));
      await post('complete-cjk', comment('국립중앙도서관 소장 자료'));
      assert.deepEqual((await answer('autocomplete/2', 'complete-cjk', { q: '大学' })).items, [{ value: '大学图书', total: 1 }]);
      const japanese = await answer('autocomplete/1', 'complete-cjk', { q: '博物' });
      assert.equal(japanese.terms[0].match, '博物館の');
      assert.equal((await (await fetch(japanese.terms[0].url)).json()).within.total, 1);
      assert.equal((await answer('autocomplete/2', 'complete-cjk', { q: '도서' })).items[0].value, '도서관');
      assert.deepEqual((await answer('autocomplete/2', 'complete-cjk', { q: '大學' })).items, []);
    });

    it('takes SQL and LIKE syntax in q and the other parameters as literal text, and the tables stay intact', async () => {
      for (const text of ['100% certain', '100 percent', 'snake_case', 'snakeXcase', 'back\\slash', 'backslash', `it says ${INJECTION} here`]) await post('literal', comment(text));
      const only = async (q: string) => (await answer('search/2', 'literal', { q })).items.map(textOf);
      assert.deepEqual(await only('%'), ['100% certain']);
      assert.deepEqual(await only('_'), ['snake_case']);
      assert.deepEqual(await only('snake_case'), ['snake_case']);
      assert.deepEqual(await only('\\'), ['back\\slash']);
      assert.deepEqual(await only(INJECTION), [`it says ${INJECTION} here`]);
      assert.deepEqual(await only(`"${INJECTION}"`), [`it says ${INJECTION} here`]);
      assert.deepEqual(await only('%%'), []);
      for (const param of ['motivation', 'user']) {
        for (const value of [INJECTION, '%', '_', '\\']) assert.equal(await totalOf('literal', { q: 'snake', [param]: value }), 0);
      }
      assert.deepEqual((await answer('autocomplete/2', 'literal', { q: '%' })).items, []);
      assert.deepEqual((await answer('autocomplete/1', 'literal', { q: 'snake_' })).terms.map((term: { match: string }) => term.match), ['snake_case']);
      assert.equal((await fetch(url('search/2', 'literal', { q: 'x', page: `1; ${INJECTION}` }))).status, 400);
      assert.equal((await fetch(`${server.url}/search/2/${encodeURIComponent(INJECTION)}?q=x`)).status, 400);
      const [{ count }] = await server.db.query<{ count: number }>("select count(*)::int as count from annotations where container = 'literal'");
      assert.equal(count, 7);
      assert.equal(await totalOf('literal', { q: 'snake' }), 2);
    });

    it('serves every annotation for an empty or missing q (Content Search does not restrict by it) and needs q to autocomplete', async () => {
      await post('no-q', comment('one'));
      await post('no-q', tag('two'));
      const missing: Record<string, string>[] = [{}, { q: '' }, { q: '   ' }];
      for (const params of missing) {
        const page = await answer('search/2', 'no-q', params);
        assert.deepEqual([page.partOf.total, page.items.length, page.annotations], [2, 2, undefined]);
        const list = await answer('search/1', 'no-q', params);
        assert.deepEqual([list.within.total, list.hits], [2, []]);
      }
      assert.deepEqual((await answer('search/2', 'no-q', { motivation: 'tagging' })).items.map(textOf), ['two']);
      for (const version of [1, 2]) {
        for (const query of ['', '?q=', '?q=%20']) {
          const response = await fetch(`${server.url}/autocomplete/${version}/no-q${query}`);
          assert.equal(response.status, 400);
          assert.match((await response.json()).error, /needs q/);
        }
      }
      const repeated = await fetch(`${server.url}/search/2/no-q?q=one&q=two`);
      assert.equal(repeated.status, 400);
      assert.match((await repeated.json()).error, /q may be given only once/);
      assert.equal((await fetch(`${server.url}/search/3/no-q?q=one`)).status, 404);
    });

    it("is read by the viewer: each 2.0 and 1.0 hit on the right canvas, at the right region, with the words around it", async () => {
      await post('viewer', comment('The bird sings at dawn', CANVAS, '10,20,30,40'));
      await post('viewer', { ...comment('another bird', CANVAS_2), target: `${CANVAS_2}#xywh=percent:10,10,50,50` });
      await post('viewer', comment('a bird elsewhere', 'https://elsewhere.example/canvas/9'));
      const canvases = new Map([[CANVAS, { width: 1000, height: 800 }], [CANVAS_2, { width: 2000, height: 1000 }]]);
      for (const version of [2, 1] as const) {
        const results = await search({ version, id: `${server.url}/search/${version}/viewer` }, 'bird', canvases);
        assert.equal(results.total, 3);
        assert.equal(results.next, undefined);
        const byCanvas = new Map(results.hits.map((hit) => [hit.canvasId, hit]));
        assert.equal(results.hits.length, 2);
        const { id, ...hit } = byCanvas.get(CANVAS)!;
        assert.ok(id.startsWith(`${server.url}/annotations/viewer/`));
        assert.deepEqual(hit, { canvasId: CANVAS, rects: [{ x: 10, y: 20, width: 30, height: 40 }], before: 'The', match: 'bird', after: 'sings at dawn' });
        assert.deepEqual(byCanvas.get(CANVAS_2)!.rects, [{ x: 200, y: 100, width: 1000, height: 500 }]);
        assert.deepEqual([byCanvas.get(CANVAS_2)!.before, byCanvas.get(CANVAS_2)!.after], ['another', '']);
      }
      for (let n = 0; n < 55; n++) await post('viewer-pages', comment(`word ${n}`));
      const first = await search({ version: 2, id: `${server.url}/search/2/viewer-pages` }, 'word', canvases);
      assert.deepEqual([first.hits.length, first.total], [50, 55]);
      const rest = await fetchResults(first.next!, canvases);
      assert.deepEqual([rest.hits.length, rest.total, rest.next], [5, 55, undefined]);
      const list = readSearchResults(await (await fetch(url('search/1', 'viewer-pages', { q: 'word' }))).json(), canvases)!;
      assert.equal(list.next, url('search/1', 'viewer-pages', { q: 'word', page: '1' }));
      for (const version of [2, 1] as const) {
        assert.deepEqual(await suggest({ version, id: '', autocomplete: `${server.url}/autocomplete/${version}/viewer` }, 'bi'), ['bird']);
      }
    });
  });
}
