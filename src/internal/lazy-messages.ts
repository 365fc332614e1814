import { ArticleElementBase } from './base.js';
import { pending, registerMessages, table, type Messages } from './i18n.js';

type Loader = () => Promise<{ default: Messages }>;

/** Loaders of languages fetched on demand, by primary subtag; the promise while one is loading. */
const loaders: Record<string, Loader | Promise<unknown>> = {};

/** Undefined when `lang`'s strings are here or no loader has them, else a promise that settles once they are. */
function messagesFor(lang: string): Promise<unknown> | undefined {
  const primary = lang.toLowerCase().split('-')[0];
  const load = Object.hasOwn(loaders, primary) ? loaders[primary] : undefined;
  if (!load || table(lang)) return undefined;
  if (typeof load !== 'function') return load;
  return (loaders[primary] = load().then(
    (module) => registerMessages(primary, module.default),
    (error: unknown) => {
      console.warn(`article-elements: the "${primary}" strings could not be loaded (${error}); using English`);
      delete loaders[primary];
    },
  ));
}

/**
 * Registers loaders for languages fetched on demand, e.g. `{ de: () => import('./locales/messages/de.js') }`.
 * An element in such a language waits for its strings (a failed load is warned about, and English used).
 */
export function lazyMessages(list: Record<string, Loader>): void {
  Object.assign(loaders, list);
  if (pending.messages) return;
  pending.messages = messagesFor;
  // Every element's update waits for its language's strings. Installed here, not written in the base
  // class, so an element imported alone (which has no loaders) carries none of it. Not the first
  // update of server-rendered DOM, which renders nothing (see ArticleElementBase).
  const proto = ArticleElementBase.prototype as unknown as Updating;
  const schedule = proto.scheduleUpdate;
  proto.scheduleUpdate = function (this: Updating) {
    const ready = this.hasUpdated || !this.shadowRoot?.firstChild ? messagesFor(this.locale) : undefined;
    return ready ? ready.then(() => schedule.call(this)) : schedule.call(this);
  };
}

/** The parts of an element the patched scheduleUpdate uses (`locale` and `scheduleUpdate` are protected). */
interface Updating extends HTMLElement {
  hasUpdated: boolean;
  locale: string;
  scheduleUpdate(): void | Promise<unknown>;
}
