/**
 * Video providers: which page addresses name a video, where its player lives, and which hosts are
 * the provider's own. Shared by the `video` block's normalizer and `<video-embed>`. Every check is
 * URL parsing and short anchored patterns: linear, whatever the input.
 */
export const VIDEO_PROVIDERS = ['youtube', 'vimeo', 'file'] as const;
export type VideoProvider = (typeof VIDEO_PROVIDERS)[number];
export type PlayerProvider = Exclude<VideoProvider, 'file'>;

/** The shapes of a video page, for warnings. */
export const PAGE_SHAPES: Record<PlayerProvider, string> = {
  youtube: 'youtube.com/watch?v=…, youtu.be/…, youtube.com/shorts/…',
  vimeo: 'vimeo.com/123…',
};

/** The provider's own domains (pages, players, media): an image there counts as a request to it. */
const DOMAINS: Record<PlayerProvider, string[]> = {
  youtube: ['youtube.com', 'youtu.be', 'youtube-nocookie.com', 'ytimg.com', 'ggpht.com', 'googlevideo.com'],
  vimeo: ['vimeo.com', 'vimeocdn.com'],
};

const parse = (url: string | undefined): URL | undefined => {
  try {
    const u = new URL(url ?? '');
    return /^https?:$/.test(u.protocol) ? u : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The player path of the video at page `url` ('ID' on YouTube; '123' or '123?h=hash' for an
 * unlisted Vimeo video), or undefined when `url` is not one of the provider's page shapes.
 */
export function videoPath(provider: string | undefined, url: string | undefined): string | undefined {
  const u = parse(url);
  if (!u) return undefined;
  const host = u.hostname.toLowerCase().replace(/^(?:www\.|m\.)/, '');
  const [first = '', second = '', third] = u.pathname.split('/').slice(1);
  if (provider === 'youtube') {
    const id =
      host === 'youtu.be'
        ? !second && first
        : host === 'youtube.com' &&
          (first === 'watch' && !second ? u.searchParams.get('v') : first === 'shorts' && !third && second);
    return id && /^[\w-]{11}$/.test(id) ? id : undefined;
  }
  if (provider === 'vimeo' && host === 'vimeo.com' && /^\d{1,12}$/.test(first) && !third)
    return !second ? first : /^[\da-f]{6,20}$/.test(second) ? `${first}?h=${second}` : undefined;
  return undefined;
}

/** The provider whose domain `url` is on, if any. */
export function providerOf(url: string | undefined): PlayerProvider | undefined {
  const host = parse(url)?.hostname.toLowerCase();
  if (!host) return undefined;
  return (Object.keys(DOMAINS) as PlayerProvider[]).find((p) =>
    DOMAINS[p].some((d) => host === d || host.endsWith(`.${d}`)),
  );
}

/** The official players, for structured data (the element's are `VideoEmbed.players`, replaceable for tests). */
export const PLAYERS: Record<PlayerProvider, string> = {
  youtube: 'https://www.youtube-nocookie.com/embed/',
  vimeo: 'https://player.vimeo.com/video/',
};

/** The player's address for `path` (from videoPath) under `base`, with extra query parameters. */
export const playerUrl = (base: string, path: string, query: string): string =>
  `${base}${path}${query ? (path.includes('?') ? '&' : '?') + query : ''}`;

/** The provider's name as readers know it. */
export const PROVIDER_NAMES: Record<PlayerProvider, string> = { youtube: 'YouTube', vimeo: 'Vimeo' };

/**
 * An ISO 8601 duration (PT2M30S, PT1H2M, P0DT45S) as "2:30" / "1:02:00", or undefined when `value`
 * is not one. Days and hours fold into hours.
 */
export function clockTime(value: string | undefined): string | undefined {
  const m = /^P(?:(\d{1,4})D)?(?:T(?:(\d{1,4})H)?(?:(\d{1,5})M)?(?:(\d{1,6})(?:[.,]\d{1,6})?S)?)?$/.exec(value ?? '');
  if (!m || !/\d/.test(value!) || value!.endsWith('T')) return undefined;
  const [d, h, min, s] = m.slice(1).map((x) => Number(x ?? 0));
  const total = ((d * 24 + h) * 60 + min) * 60 + s;
  const hours = Math.floor(total / 3600);
  const pad = (n: number) => String(n).padStart(2, '0');
  const rest = `${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
  return hours ? `${hours}:${rest}` : rest.replace(/^0(?=\d)/, '');
}
