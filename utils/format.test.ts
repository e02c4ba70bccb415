import { describe, expect, it } from 'vitest';
import { formatPublished } from './format';

describe('formatPublished', () => {
  it.each([
    ['2020-11-07T15:54:00+07:00', 'vi', '15:54, 07/11/2020'],
    ['2020-11-07T15:54:00+07:00', 'en', '15:54, 2020-11-07'],
    ['2020-11-07T00:00:00+07:00', 'vi', '07/11/2020'],
    ['2020-11-07', 'vi', '07/11/2020'],
    [null, 'vi', ''],
    ['hôm qua', 'vi', 'hôm qua'],
  ] as const)('%s (%s) → %s', (iso, lang, want) => expect(formatPublished(iso, lang)).toBe(want));
});
