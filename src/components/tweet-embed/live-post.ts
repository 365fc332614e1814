/**
 * The only code that talks to X. It is loaded (as its own file) when a reader presses "Load post
 * from X", never before: until then a page with a post on it makes no request to X.
 */
const WIDGETS = 'https://platform.twitter.com/widgets.js';

interface Twttr {
  widgets: {
    createTweet(id: string, target: HTMLElement, options?: Record<string, unknown>): Promise<HTMLElement | undefined>;
  };
}

type TrustedTypesWindow = Window & {
  twttr?: Twttr;
  trustedTypes?: {
    createPolicy(
      name: string,
      rules: { createScriptURL(url: string): string },
    ): { createScriptURL(url: string): unknown };
  };
};

let widgets: Promise<Twttr> | undefined;

function loadWidgets(): Promise<Twttr> {
  const win = window as TrustedTypesWindow;
  if (win.twttr?.widgets) return Promise.resolve(win.twttr);
  widgets ??= new Promise<Twttr>((resolve, reject) => {
    const script = document.createElement('script');
    // Under `require-trusted-types-for 'script'` a script URL must come from a policy; this one
    // admits X's widget script and nothing else.
    const policy = win.trustedTypes?.createPolicy('article-elements-live-post', {
      createScriptURL: (url: string) => {
        if (url !== WIDGETS) throw new TypeError(`article-elements: refusing script ${url}`);
        return url;
      },
    });
    (script as unknown as { src: unknown }).src = policy ? policy.createScriptURL(WIDGETS) : WIDGETS;
    script.async = true;
    script.onload = () =>
      win.twttr?.widgets ? resolve(win.twttr) : reject(new Error('widgets.js loaded without twttr'));
    script.onerror = () => {
      widgets = undefined;
      reject(new Error('widgets.js could not be loaded'));
    };
    document.head.append(script);
  });
  return widgets;
}

/** Renders the official embed of post `id` into `target`; rejects when X could not render it. */
export async function loadLivePost(id: string, target: HTMLElement, lang: string): Promise<void> {
  const twttr = await loadWidgets();
  const rendered = await twttr.widgets.createTweet(id, target, { dnt: true, lang: lang.split('-')[0] });
  if (!rendered) throw new Error(`X did not render post ${id}`);
}
