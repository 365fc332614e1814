/** French strings. Data only: src/locales/fr.ts registers them; define.js loads this on demand. */
import type { Messages } from '../../internal/i18n.js';

const messages: Messages = {
  by: 'Par',
  updated: 'Mis à jour',
  photo: 'Photo :',
  loadPost: 'Charger la publication depuis X',
  loadingPost: 'Chargement de la publication depuis X…',
  postFailed: 'La publication originale n’a pas pu être chargée. Le texte ci-dessus est celui publié.',
  viewOnX: 'Voir sur X',
  postOnX: 'Publication de {name} sur X',
  skipPost: 'Passer la publication',
  privacy: 'Charger la publication originale contacte X.',
  about: 'À propos de {name}',
  byline: 'Signature',
  imageUnavailable: 'Image indisponible',
  opensSite: '(ouvre x.com)',
  profiles: 'Profils',
  articleFailed: 'Cet article ne peut pas être affiché.',
  // An abbreviation: the same for every count.
  minRead: '{name} min de lecture',
  correction: 'Correction',
  clarification: 'Précision',
  update: 'Mise à jour',
  table: 'Tableau',
  source: 'Source :',
  playVideo: 'Lire la vidéo :',
  videoPrivacy: '{name} ne se charge que si vous lancez la lecture',
  duration: 'Durée :',
  video: 'Vidéo :',
  photos: { one: '{name} photo', other: '{name} photos' },
  imageOf: '{name} sur {count}',
  imageNumber: 'Image {name}',
  previousImage: 'Image précédente',
  nextImage: 'Image suivante',
  closeViewer: 'Fermer',
};

export default messages;
