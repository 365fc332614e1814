/** German strings. Data only: src/locales/de.ts registers them; define.js loads this on demand. */
import type { Messages } from '../../internal/i18n.js';

const messages: Messages = {
  by: 'Von',
  updated: 'Aktualisiert',
  photo: 'Foto:',
  loadPost: 'Beitrag von X laden',
  loadingPost: 'Beitrag wird von X geladen …',
  postFailed: 'Der Originalbeitrag ließ sich nicht laden. Oben steht, was die Person gepostet hat.',
  viewOnX: 'Auf X ansehen',
  postOnX: 'Beitrag von {name} auf X',
  skipPost: 'Beitrag überspringen',
  privacy: 'Zum Laden des Originalbeitrags wird X kontaktiert.',
  about: 'Über {name}',
  byline: 'Autorenzeile',
  imageUnavailable: 'Bild nicht verfügbar',
  opensSite: '(öffnet x.com)',
  profiles: 'Profile',
  articleFailed: 'Dieser Artikel kann nicht angezeigt werden.',
  // An abbreviation: the same for every count.
  minRead: '{name} Min. Lesezeit',
  correction: 'Korrektur',
  clarification: 'Klarstellung',
  update: 'Aktualisierung',
  table: 'Tabelle',
  source: 'Quelle:',
  playVideo: 'Video abspielen:',
  videoPrivacy: '{name} wird erst geladen, wenn Sie auf Abspielen drücken',
  duration: 'Dauer:',
  video: 'Video:',
  photos: { one: '{name} Foto', other: '{name} Fotos' },
  imageOf: '{name} von {count}',
  imageNumber: 'Bild {name}',
  previousImage: 'Vorheriges Bild',
  nextImage: 'Nächstes Bild',
  closeViewer: 'Schließen',
};

export default messages;
