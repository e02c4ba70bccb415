/**
 * The detector's signals, in one import for the detector and the extractor (which needs the date
 * patterns and the listing-URL test). Each signal reads the page and returns a weighted Signal.
 */
export {
  EN_DATE_PATTERN,
  VIETNAM_OFFSET,
  VN_DATE_PATTERNS,
  looksLikeDate,
  normalizeIsoDate,
  parseVietnameseDate,
} from './dates';
export { metaOf, ogTypeSignal, schemaTypesOf, structuredDataSignal } from './meta-signals';
export { datelineSignal, teaserSignal } from './structure-signals';
export { largestProseBlock, textBlockSignal } from './text-block';
export { isListingUrl, listingShapeOf, urlSignal } from './url-signals';
