import { beforeEach, describe, expect, it } from 'vitest';
import { makeArticle } from '../../tests/helpers/article';
import { newHighlight } from '../annotate/new-annotation';
import { recognise } from '../ner/recognise';
import { exportBundle, serializeBundle } from '../transfer/bundle';
import { parseBundle, planImport } from '../transfer/import-bundle';
import { putAnnotation } from './annotations';
import { saveArticle } from './articles';
import { lookupEntity } from './entities';
import { resetArchiveConnection } from './open-archive';
import { applyImport, dumpArchive, wipeArchive } from './transfer-db';

beforeEach(() => resetArchiveConnection());

async function seed() {
  const a = makeArticle({ text: 'Đồng chí Vương Đình Huệ, Bí thư Thành ủy Hà Nội, phát biểu.' });
  const { id } = await saveArticle(a, { entities: recognise(a.text) });
  await putAnnotation(newHighlight(id, a.url, a.text, 9, 23, { colour: 'key', note: 'Ghi chú', tags: ['nhân sự'] }));
}

describe('backup → wipe → restore', () => {
  it('gives back an identical archive, annotations and entity index included', async () => {
    await seed();
    const before = await dumpArchive();
    const text = serializeBundle(exportBundle(before, 0));
    await wipeArchive();
    expect((await dumpArchive()).articles).toEqual([]);
    const parsed = parseBundle(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = planImport(await dumpArchive(), parsed.value);
    await applyImport(plan, recognise);
    expect(await dumpArchive()).toEqual(before);
    expect(await lookupEntity('person', 'vương đình huệ')).toHaveLength(1);
  });

  it('a truncated backup is refused and nothing changes', async () => {
    await seed();
    const before = await dumpArchive();
    const text = serializeBundle(exportBundle(before, 0));
    const parsed = parseBundle(text.slice(0, text.length / 2));
    expect(parsed.ok).toBe(false);
    expect(await dumpArchive()).toEqual(before);
  });
});
