/**
 * UI strings in Vietnamese and English. The browser's UI language decides unless the user picks one
 * in the options. Keys are English identifiers; both tables must have the same keys (tested).
 */
export const vi = {
  appName: 'Đọc Kỹ',
  promptText: 'Trang này là một bài báo.',
  openReader: 'Mở chế độ đọc',
  save: 'Lưu',
  saved: 'Đã lưu',
  alreadySaved: 'Đã lưu từ trước',
  saving: 'Đang lưu…',
  dismiss: 'Ẩn',
  close: 'Đóng',
  closeHint: 'Đóng (Esc)',
  source: 'Nguồn',
  originalPage: 'Xem trang gốc',
  theme: 'Giao diện',
  themeLight: 'Sáng',
  themeSepia: 'Giấy cũ',
  themeDark: 'Tối',
  fontSize: 'Cỡ chữ',
  smaller: 'Chữ nhỏ hơn',
  larger: 'Chữ lớn hơn',
  width: 'Độ rộng',
  widthNarrow: 'Hẹp',
  widthNormal: 'Vừa',
  widthWide: 'Rộng',
  archive: 'Kho lưu trữ',
  openArchive: 'Mở kho lưu trữ',
  emptyArchive: 'Chưa có bài nào được lưu. Mở một bài báo và bấm “Lưu”.',
  savedAt: 'Lưu lúc',
  published: 'Đăng',
  delete: 'Xóa',
  deleted: 'Đã xóa “{title}”.',
  undo: 'Hoàn tác',
  open: 'Đọc',
  articlesCount: '{n} bài',
  notArticle: 'Trang này không phải là một bài báo.',
  isArticle: 'Trang này là một bài báo.',
  notListed: 'Đọc Kỹ không tự chạy trên trang này.',
  readAnyway: 'Vẫn mở chế độ đọc',
  loading: 'Đang tải…',
  notFound: 'Không tìm thấy bài viết này trong kho.',
  extractFailed: 'Không trích được nội dung bài viết: {reason}',
  saveFailed: 'Không lưu được: {reason}',
  diskFull: 'Bộ nhớ của trình duyệt đã đầy; bài chưa được lưu. Hãy xóa bớt bài cũ rồi thử lại.',
  recent: 'Mới lưu',
  why: 'Vì sao',
  settings: 'Cài đặt',
  language: 'Ngôn ngữ',
  langAuto: 'Theo trình duyệt',
  showPrompt: 'Hiện lời mời đọc trên trang bài báo',
  sites: 'Các trang Đọc Kỹ tự chạy',
  addSite: 'Thêm trang',
  removeSite: 'Bỏ',
  siteInvalid: 'Tên miền không hợp lệ.',
  permissionDenied: 'Bạn chưa cấp quyền cho trang này.',
  runEverywhere: 'Chạy trên mọi trang (cần cấp quyền)',
  offlineNote: 'Bản lưu đọc được khi không có mạng.',
  byline: 'Tác giả',
  words: '{n} từ',
} as const;

/** A key of the UI string table. */
export type StringKey = keyof typeof vi;

export const en: Record<StringKey, string> = {
  appName: 'Close Reader',
  promptText: 'This page is an article.',
  openReader: 'Open reader view',
  save: 'Save',
  saved: 'Saved',
  alreadySaved: 'Already saved',
  saving: 'Saving…',
  dismiss: 'Hide',
  close: 'Close',
  closeHint: 'Close (Esc)',
  source: 'Source',
  originalPage: 'View original page',
  theme: 'Theme',
  themeLight: 'Light',
  themeSepia: 'Sepia',
  themeDark: 'Dark',
  fontSize: 'Font size',
  smaller: 'Smaller text',
  larger: 'Larger text',
  width: 'Width',
  widthNarrow: 'Narrow',
  widthNormal: 'Medium',
  widthWide: 'Wide',
  archive: 'Archive',
  openArchive: 'Open archive',
  emptyArchive: 'Nothing saved yet. Open an article and press “Save”.',
  savedAt: 'Saved',
  published: 'Published',
  delete: 'Delete',
  deleted: 'Deleted “{title}”.',
  undo: 'Undo',
  open: 'Read',
  articlesCount: '{n} articles',
  notArticle: 'This page is not an article.',
  isArticle: 'This page is an article.',
  notListed: 'Close Reader does not run by itself on this site.',
  readAnyway: 'Open reader view anyway',
  loading: 'Loading…',
  notFound: 'This article is not in the archive.',
  extractFailed: 'Could not extract the article: {reason}',
  saveFailed: 'Could not save: {reason}',
  diskFull: 'The browser’s storage is full; the article was not saved. Delete some old articles and try again.',
  recent: 'Recently saved',
  why: 'Why',
  settings: 'Settings',
  language: 'Language',
  langAuto: 'Browser default',
  showPrompt: 'Offer the reader view on article pages',
  sites: 'Sites where Close Reader runs by itself',
  addSite: 'Add site',
  removeSite: 'Remove',
  siteInvalid: 'Not a valid domain.',
  permissionDenied: 'Permission for this site was not granted.',
  runEverywhere: 'Run on all sites (asks for permission)',
  offlineNote: 'Saved copies can be read offline.',
  byline: 'Author',
  words: '{n} words',
};

/** A language the UI speaks. */
export type Lang = 'vi' | 'en';
/** The user's language preference. */
export type LangPref = Lang | 'auto';

/** The UI language: the preference, or Vietnamese unless the browser's UI language is not Vietnamese. */
export function resolveLang(pref: LangPref, uiLanguage: string): Lang {
  if (pref !== 'auto') return pref;
  return uiLanguage.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** A translate function for one language: t('deleted', {title}) fills {placeholders}. */
export function translator(lang: Lang): (key: StringKey, vars?: Record<string, string | number>) => string {
  const table: Record<StringKey, string> = lang === 'vi' ? vi : en;
  return (key, vars) => table[key].replace(/\{(\w+)\}/g, (m, name: string) => (vars && name in vars ? String(vars[name]) : m));
}

/** The translate function type. */
export type Translate = ReturnType<typeof translator>;
