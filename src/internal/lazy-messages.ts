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
  pending.messages = messagesFor;
}
