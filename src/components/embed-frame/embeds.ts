/**
 * The rules of the `embed` block and `<embed-frame>`, shared by the normalizer and the element:
 * which addresses may be framed, the box's shape, who is asked for consent, and whose servers an
 * image is on. Every check is URL parsing and short patterns on short strings: linear, whatever
 * the input.
 */
import { isSameOrigin } from '../../internal/url.js';

const parse = (url: string | undefined): URL | undefined => {
  try {
    return new URL(url ?? '');
  } catch {
    return undefined;
  }
};

/** `url` when it is an absolute https address (the only kind framed), else undefined. */
export const httpsUrl = (url: string | undefined): string | undefined =>
  parse(url?.trim())?.protocol === 'https:' ? url!.trim() : undefined;

/**
 * An aspect ratio written '16/9', '16:9', '4:3' or '1.5', as [width, height]; undefined when it is
 * not one, or flatter or taller than 10:1 (no chart is; a typo such as '169' would be).
 */
export function ratioOf(value: string | number | undefined): [number, number] | undefined {
  const m = /^(\d{1,6}(?:\.\d{1,6})?) *(?:[/:] *(\d{1,6}(?:\.\d{1,6})?))?$/.exec(String(value ?? '').trim());
  if (!m) return undefined;
  const [width, height] = [Number(m[1]), m[2] === undefined ? 1 : Number(m[2])];
  return width > 0 && height > 0 && width / height >= 0.1 && width / height <= 10 ? [width, height] : undefined;
}

/** The tallest box a `height` may ask for, in CSS pixels. */
export const MAX_HEIGHT = 4000;

/**
 * Who `embed-activate` names and `allowEmbeds` takes: the provider's name lower-cased when one is
 * given ('Datawrapper' -> 'datawrapper'), else the host of the embed's address ('flo.uri.sh').
 */
export const consentId = (provider: string | undefined, url: string | undefined): string =>
  provider?.trim().toLowerCase() || (parse(url)?.hostname.toLowerCase() ?? '');

/** Sites that are one provider's under two names: its app and the servers its embeds come from. */
const FAMILIES = [
  ['datawrapper.de', 'dwcdn.net'],
  ['flourish.studio', 'uri.sh'],
];
/** The last two labels of a host: a site's name as far as an image's origin goes (co.uk errs on the safe side). */
const site = (host: string) => host.split('.').slice(-2).join('.');

/**
 * True when the image at `image` is on the embed's provider's servers (the embed's site, or a known
 * sister site): then it is a request to the provider and waits for consent like the frame. The
 * page's own images never are.
 */
export function onProviderServers(image: string | undefined, embed: string | undefined): boolean {
  // Web addresses only: anything else is no request at all (and the URL policy reports it).
  const i = parse(image);
  const a = /^https?:$/.test(i?.protocol ?? '') ? i!.hostname.toLowerCase() : undefined;
  const b = parse(embed)?.hostname.toLowerCase();
  if (!a || !b || isSameOrigin(image!)) return false;
  const [x, y] = [site(a), site(b)];
  return x === y || FAMILIES.some((family) => family.includes(x) && family.includes(y));
}
