/**
 * The ASCII skeleton of a string: diacritics dropped, đ → d, lower case, only [a-z0-9] kept
 * ("Tạp chí Cộng sản" → "tapchicongsan"). Used to compare site names and to build citation keys;
 * search has its own offset-preserving fold (utils/search/fold.ts).
 */
export function asciiSkeleton(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
