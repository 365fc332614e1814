/**
 * Loads optional peer dependencies for one entry point. A browser-only install has none of them
 * (they are `peerDependenciesMeta.optional`), so an entry point that needs one loads it with this
 * and, when it is missing, throws one line that names what to install instead of the runtime's
 * "Cannot find package" for whichever import happened to come first.
 *
 * `load` must contain the `import()` calls with literal specifiers, so that bundlers and type
 * checkers still see them.
 *
 * ```ts
 * const [React, { createComponent }] = await requirePeers('article-elements/react', ['react', '@lit/react'],
 *   () => Promise.all([import('react'), import('@lit/react')]));
 * ```
 */
export async function requirePeers<T>(entry: string, names: readonly string[], load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (names.some((name) => isMissing(error, name))) throw new MissingPeerError(entry, names, error);
    throw error;
  }
}

/** What requirePeers throws: its message is the one line to show (the CLI prints only that). */
export class MissingPeerError extends Error {
  constructor(
    readonly entry: string,
    readonly packages: readonly string[],
    cause?: unknown,
  ) {
    super(missingPeersMessage(entry, packages), { cause });
  }
}

/** `article-elements/ssr needs @lit-labs/ssr and sanitize-html: npm install @lit-labs/ssr sanitize-html` */
export function missingPeersMessage(entry: string, names: readonly string[]): string {
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
  return `${entry} needs ${list}: npm install ${names.join(' ')}`;
}

/**
 * Whether `error` says that the package `name` itself cannot be found (Node, Bun and Deno: code
 * ERR_MODULE_NOT_FOUND, message quoting the package or a path inside it). A module missing inside
 * an installed package is a different fault and is rethrown as it is.
 */
function isMissing(error: unknown, name: string): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && !/^Cannot find (package|module)/.test(error.message)) return false;
  return new RegExp(`['"\`]${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(/[^'"\`]*)?['"\`]`).test(error.message);
}
