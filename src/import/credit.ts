/**
 * Captions that carry their credit: "… November 3, 2022. (Kevin Lamarque/Reuters)", "…. Photo: Ann
 * Lee / AFP", "…. Photograph: Jo Bloggs/Getty Images", "… Credit: Ann Lee". The credit is split off
 * only on a marker (a label, or a parenthesis that reads like a credit), never on a guess from
 * names alone: a caption left whole loses nothing, a caption cut wrongly loses meaning.
 */

/** Words that make a trailing parenthesis a credit rather than an aside. */
const AGENCY =
  /\b(?:photo|photos|photograph|image|images|video|credit|courtesy|getty|reuters|afp|ap|associated press|epa|efe|shutterstock|alamy|pool|file|handout|via|istock|bloomberg|xinhua|anadolu|dpa|pa|nurphoto|sipa)\b/i;

const LABEL =
  /(?:^|[\s.;|•·–—-])\s*(?:photo(?:graph|s)?(?:\s+credit)?|credit|image|picture|illustration|video|source)\s*(?::|\s+by\b)\s*([^:]{2,200})$/i;

export interface CaptionParts {
  caption?: string;
  credit?: string;
}

const clean = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^[\s|•·–—-]+|[\s|•·–—-]+$/g, '')
    .trim();

const parts = (caption: string, credit: string): CaptionParts => ({
  ...(caption ? { caption } : {}),
  ...(credit ? { credit } : {}),
});

/** Splits a caption's text into caption and credit (either may be missing). */
export function splitCredit(text: string | undefined): CaptionParts {
  const whole = clean(text ?? '');
  if (!whole) return {};
  // "… (Kevin Lamarque/Reuters)": a last parenthesis with a slash or an agency's word.
  const paren = /^(.*?)\s*\(([^()]{2,160})\)\s*\.?$/.exec(whole);
  if (paren && (paren[2].includes('/') || AGENCY.test(paren[2]))) {
    const credit = clean(paren[2].replace(/^(?:photo(?:graph)?|credit|image|video)\s*(?::|by\b)\s*/i, ''));
    return parts(clean(paren[1]), credit);
  }
  const label = LABEL.exec(whole);
  if (label) {
    const caption = clean(whole.slice(0, label.index + (/^[.;]/.test(label[0]) ? 1 : 0)));
    return parts(caption, clean(label[1]));
  }
  return { caption: whole };
}
