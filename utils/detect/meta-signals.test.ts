import { describe, expect, it } from 'vitest';
import { metaOf, ogTypeSignal, structuredDataSignal } from './signals';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('structuredDataSignal', () => {
  it.each([
    ['a NewsArticle', ld('{"@type":"NewsArticle"}'), 3],
    ['an array of entries', ld('[{"@type":"Organization"},{"@type":"AnalysisNewsArticle"}]'), 3],
    ['a @graph', ld('{"@graph":[{"@type":"WebSite"},{"@type":"WebPage"},{"@type":"OpinionNewsArticle"}]}'), 3],
    ['a type array with a schema.org URL', ld('{"@type":["http://schema.org/BlogPosting"]}'), 3],
    ['the same article in JSON-LD and microdata', `${ld('{"@type":"NewsArticle"}')}<article itemscope itemtype="https://schema.org/NewsArticle"></article>`, 3],
    ['microdata on <article>', '<article itemscope itemtype="https://schema.org/NewsArticle"><p>x</p></article>', 3],
    ['a CollectionPage', ld('{"@type":"CollectionPage"}'), -2],
    ['a VideoObject alone', ld('{"@type":"VideoObject"}'), -2],
    ['an ItemList of NewsArticle teasers', ld('{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle"}]}'), -2],
    ['many article entries', ld('[{"@type":"NewsArticle"},{"@type":"NewsArticle"},{"@type":"NewsArticle"}]'), -1],
    ['malformed JSON', ld('{"@type": "NewsArticle",}'), undefined],
    ['JSON that is not an object', ld('"NewsArticle"'), undefined],
    ['no structured data', '<p>x</p>', undefined],
  ])('%s', (_name, html, weight) => {
    expect(structuredDataSignal(parse(html))?.weight).toBe(weight);
  });
});

describe('ogTypeSignal', () => {
  it.each([
    ['<meta property="og:type" content="article">', 2],
    ['<meta property="og:type" content=" Article ">', 2],
    ['<meta property="og:type" content="website">', -1],
    ['<meta property="og:type" content="video.other">', -3],
    ['<meta property="og:type" content="object">', undefined],
    ['<meta property="og:title" content="Tin">', undefined],
  ])('%s', (head, weight) => {
    expect(ogTypeSignal(metaOf(parse(`<head>${head}</head><body></body>`)))?.weight).toBe(weight);
  });

  it('finds og:type pushed into <body> by a stray tag in <head>', () => {
    const doc = parse('<head><title>T</title><iframe src="x"></iframe><meta property="og:type" content="article"></head><body><p>x</p></body>');
    expect(ogTypeSignal(metaOf(doc))?.weight).toBe(2);
  });
});
