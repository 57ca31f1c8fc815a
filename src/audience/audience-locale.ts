import { LOCALES, type Locale } from '../model/types.ts';

const STORAGE_KEY = 'talk-audience-locale';

/** The page's own words, in each language. */
export const AUDIENCE_LABELS = {
  en: { connecting: 'Connecting…', retrying: 'Connection lost: reconnecting…', waiting: 'Waiting for the speaker', live: '● Live', own: 'On your own', rejoin: 'Back to live' },
  zh: { connecting: '正在连接…', retrying: '连接中断,正在重连…', waiting: '等待演讲者', live: '● 直播中', own: '自行浏览', rejoin: '回到直播' },
} as const;

/** `?lang=` first, then the viewer's last choice, then the browser's language. */
export function initialLocale(search: URLSearchParams): Locale {
  const asked = LOCALES.find((l) => l === search.get('lang'));
  if (asked) return asked;
  const saved = LOCALES.find((l) => l === safeRead());
  if (saved) return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Remembers the viewer's choice for their next visit. */
export function saveLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage off: the choice lasts this visit (the URL keeps it too).
  }
}

function safeRead(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
