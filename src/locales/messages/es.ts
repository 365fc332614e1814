/** Spanish strings. Data only: src/locales/es.ts registers them; define.js loads this on demand. */
import type { Messages } from '../../internal/i18n.js';

const messages: Messages = {
  by: 'Por',
  updated: 'Actualizado',
  photo: 'Foto:',
  loadPost: 'Cargar publicación de X',
  loadingPost: 'Cargando publicación de X…',
  postFailed: 'No se pudo cargar la publicación original. Arriba está lo que publicó su autor.',
  viewOnX: 'Ver en X',
  postOnX: 'Publicación de {name} en X',
  skipPost: 'Saltar la publicación',
  privacy: 'Cargar la publicación original conecta con X.',
  about: 'Sobre {name}',
  byline: 'Firma',
  imageUnavailable: 'Imagen no disponible',
  opensSite: '(abre x.com)',
  profiles: 'Perfiles',
  articleFailed: 'No se puede mostrar este artículo.',
  // An abbreviation: the same for every count.
  minRead: '{name} min de lectura',
  correction: 'Corrección',
  clarification: 'Aclaración',
  update: 'Actualización',
  table: 'Tabla',
  source: 'Fuente:',
  playVideo: 'Reproducir vídeo:',
  videoPrivacy: '{name} solo se carga al pulsar reproducir',
  duration: 'Duración:',
  video: 'Vídeo:',
  photos: { one: '{name} foto', other: '{name} fotos' },
  imageOf: '{name} de {count}',
  imageNumber: 'Imagen {name}',
  previousImage: 'Imagen anterior',
  nextImage: 'Imagen siguiente',
  closeViewer: 'Cerrar',
};

export default messages;
