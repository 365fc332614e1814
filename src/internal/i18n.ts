/**
 * Built-in UI strings and Intl formatting. A plain table keyed by language rather than
 * @lit/localize: the library owns a dozen short strings, and a lookup by the element's `lang` needs
 * no build step. English is written at each call of `msg()`, so an element imported alone carries
 * only its own few strings; other languages are modules of their own (src/locales/) that register
 * themselves. `define.js` (and so the script-tag bundle) loads them on demand instead: a language's
 * strings, about 0.4 KB gzip, are fetched the first time an element in that language renders, and
 * the element waits for them (see lazyMessages). Importing a locale module up front skips that.
 */
export interface Messages {
  by: string;
  updated: string;
  photo: string;
  loadPost: string;
  loadingPost: string;
  postFailed: string;
  viewOnX: string;
  postOnX: string;
  skipPost: string;
  privacy: string;
  about: string;
  byline: string;
  imageUnavailable: string;
  opensSite: string;
  profiles: string;
  articleFailed: string;
  /** Reading time; `{name}` is the number of minutes. */
  minRead: Plural;
  /** Labels of correction blocks, by kind. */
  correction: string;
  clarification: string;
  update: string;
  /** The name of a table's scrolling box when it has no caption. */
  table: string;
  /** Before a table's source. */
  source: string;
}

/**
 * A counted string: one form per plural category the language uses (Intl.PluralRules: Arabic has
 * six, English two, Chinese one), `other` always; a missing category falls back to `other`. A plain
 * string serves every count (and keeps tables written before counted strings working). `{name}` is
 * the number, and a form may leave it out ("دقيقتين", two minutes).
 */
export type Plural = string | ({ other: string } & { [C in Intl.LDMLPluralRule]?: string });

/** The keys of counted strings, and of the rest. */
type PluralKey = { [K in keyof Messages]: Messages[K] extends string ? never : K }[keyof Messages];
type TextKey = Exclude<keyof Messages, PluralKey>;

/** Registered languages, by lower-case tag. */
const tables: Record<string, Partial<Messages>> = {};

/** The table for `lang` or its primary subtag. Own properties only: lang="constructor" finds nothing. */
export const table = (lang: string): Partial<Messages> | undefined => {
  const lower = lang.toLowerCase();
  const primary = lower.split('-')[0];
  return Object.hasOwn(tables, lower) ? tables[lower] : Object.hasOwn(tables, primary) ? tables[primary] : undefined;
};

/**
 * Set by lazyMessages (internal/lazy-messages.ts, which only `define.js` imports, so an element
 * imported alone carries none of it): undefined when `lang`'s strings are here or cannot be
 * fetched, else a promise that settles once they are.
 */
export const pending: { messages?: (lang: string) => Promise<unknown> | undefined } = {};

/** Adds or replaces a language's strings, e.g. `registerMessages('it', {...})`. */
export function registerMessages(lang: string, messages: Messages): void {
  tables[lang.toLowerCase()] = messages;
}

/** The string `key` in `lang`, else `en` (the English, given by the caller); `{name}` becomes `name`. */
export function msg(lang: string, key: TextKey, en: string, name = ''): string {
  // Own properties only; a replacer function, so "$&" in a name stays as written.
  const t = table(lang);
  return (t && Object.hasOwn(t, key) ? (t[key] as string) : en).replace('{name}', () => name);
}

const pluralRules: Record<string, Intl.PluralRules> = {};

/** The counted string `key` for `count` in `lang`, else `en` (English, with English rules). */
export function plural(lang: string, key: PluralKey, en: Plural, count: number): string {
  const t = table(lang);
  const forms = t && Object.hasOwn(t, key) ? (t[key] as Plural) : en;
  let form = forms;
  if (typeof forms !== 'string') {
    // English rules need no Intl (see `american` below): "one" for 1, else "other".
    const locale = forms === en ? 'en' : safeLocale(lang);
    const rules = locale === 'en' ? undefined : (pluralRules[locale] ??= new Intl.PluralRules(locale));
    const category = rules ? rules.select(count) : count === 1 ? 'one' : 'other';
    form = Object.hasOwn(forms, category) ? forms[category]! : forms.other;
  }
  return (form as string).replace('{name}', String(count));
}

let serverLang = 'en';

/** Server rendering has no ancestors to ask: it sets the language of the article being rendered. */
export function setServerLang(lang: string): void {
  serverLang = lang;
}

/** The language in force for an element: its own or nearest ancestor's `lang`, else the page's. */
export function langOf(el: Element): string {
  if (typeof el.closest !== 'function') return el.getAttribute?.('lang') || serverLang;
  return el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
}

function safeLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * American English is written here without Intl: the first Intl formatter of a page starts ICU,
 * 30 to 80 ms of main thread on a fast machine, in the middle of the first render. Output is what
 * Intl gives for `en-US` (dateStyle long, timeStyle short; numeric: auto; conjunction lists); every
 * other language goes through Intl.
 */
const american = (lang: string) => /^en(-us)?$/i.test(lang);
const MONTHS =
  /* @__PURE__ */ 'January February March April May June July August September October November December'.split(' ');

/** A date for `<time>`: the machine value and the reader's text, or undefined when invalid. */
export function formatDate(value: string | undefined, lang: string): { iso: string; text: string } | undefined {
  const date = new Date(value ?? '');
  if (!value || Number.isNaN(date.getTime())) return undefined;
  const iso = value.trim();
  // A date without a time is that day wherever the reader is; a time is shown in the reader's zone.
  const dateOnly = /^\d{4}-\d\d-\d\d$/.test(iso);
  if (american(lang)) {
    const get = (field: 'Month' | 'Date' | 'FullYear' | 'Hours' | 'Minutes') =>
      date[`get${dateOnly ? 'UTC' : ''}${field}`]();
    const h = get('Hours');
    const day = `${MONTHS[get('Month')]} ${get('Date')}, ${get('FullYear')}`;
    return {
      iso,
      text: dateOnly
        ? day
        : `${day} at ${h % 12 || 12}:${`${get('Minutes')}`.padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`,
    };
  }
  const text = new Intl.DateTimeFormat(safeLocale(lang), {
    dateStyle: 'long',
    ...(dateOnly ? { timeZone: 'UTC' } : { timeStyle: 'short' }),
  }).format(date);
  return { iso, text };
}

/**
 * "3 hours ago" for a time within the last day (relative times read better for fresh updates),
 * else undefined.
 */
export function relativeTime(value: string | undefined, lang: string, now = Date.now()): string | undefined {
  const seconds = (new Date(value ?? '').getTime() - now) / 1000;
  if (!(seconds <= 60 && seconds >= -86400)) return undefined;
  const [n, unit] = seconds > -3600 ? [Math.round(seconds / 60), 'minute'] : [Math.round(seconds / 3600), 'hour'];
  if (american(lang)) {
    const count = `${Math.abs(n)} ${unit}${Math.abs(n) === 1 ? '' : 's'}`;
    return n === 0 ? `this ${unit}` : n > 0 ? `in ${count}` : `${count} ago`;
  }
  return new Intl.RelativeTimeFormat(safeLocale(lang), { numeric: 'auto' }).format(n, unit as 'hour');
}

const listFormats: Record<string, Intl.ListFormat> = {};

/** "A, B and C" in the reader's language. */
export function formatList(items: string[], lang: string): { type: string; value: string }[] {
  // formatToParts keeps the names as separate pieces ("element") so each can become a link.
  // One name needs no joining.
  if (items.length < 2 || american(lang))
    return items.flatMap((value, i) => {
      const element = { type: 'element', value };
      const last = i === items.length - 1;
      return i ? [{ type: 'literal', value: last ? (i > 1 ? ', and ' : ' and ') : ', ' }, element] : [element];
    });
  const locale = safeLocale(lang);
  return (listFormats[locale] ??= new Intl.ListFormat(locale, { type: 'conjunction' })).formatToParts(items);
}

/**
 * The first user-perceived character of `word`. A Latin letter followed by another (the common case)
 * is one code point and needs no Intl (see `american` above for why that matters); anything else
 * (a combining accent, an emoji sequence, an Indic conjunct) is cut by Intl.Segmenter.
 */
function firstGrapheme(word: string): string {
  if (/^[\0-\u02ff](?:[\0-\u02ff]|$)/.test(word)) return word[0];
  if (typeof Intl.Segmenter === 'function') {
    for (const { segment } of new Intl.Segmenter().segment(word)) return segment;
  }
  return Array.from(word)[0] ?? '';
}

/** Letters with an upper and a lower case (Latin, Greek, Cyrillic, …). */
const cased = (letter: string) => letter.toLowerCase() !== letter.toUpperCase();

/**
 * Initials for an avatar placeholder: "Jimmy Quinn" -> "JQ". Two only for names in a script with
 * case; otherwise the first character alone ("ميخايلو بودولياك" -> "م", "山田 太郎" -> "山"): Arabic
 * letters side by side would join into a word, and one CJK character already stands for the name.
 */
export function initials(name: string): string {
  const firsts = name.replace(/^@/, '').trim().split(/\s+/).filter(Boolean).map(firstGrapheme);
  const last = firsts[firsts.length - 1];
  const picked = firsts.length > 1 && cased(firsts[0]) && cased(last) ? [firsts[0], last] : firsts.slice(0, 1);
  return picked.join('').toUpperCase();
}
