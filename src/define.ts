/**
 * Registers all six elements under their own names. The script-tag bundle is built from this file.
 * @module
 */
import { lazyMessages } from './internal/lazy-messages.js';
import { defineArticleElements } from './register.js';
import { loadBlocks } from './article/define-block.js';
import './tag-names.js';

// Other languages' strings load when an element first needs them (see internal/i18n.ts).
lazyMessages({
  ar: () => import('./locales/messages/ar.js'),
  de: () => import('./locales/messages/de.js'),
  es: () => import('./locales/messages/es.js'),
  fr: () => import('./locales/messages/fr.js'),
});
defineArticleElements();
// A <video-embed> written by hand: its code comes with the video block's, a file of its own beside
// this one (module scripts run once the page is parsed, so the page's elements are there to find).
if (typeof document !== 'undefined' && document.querySelector('video-embed'))
  void loadBlocks({ body: [{ type: 'video' }] });
if (typeof document !== 'undefined' && document.querySelector('embed-frame'))
  void loadBlocks({ body: [{ type: 'embed' }] });
// Likewise a <social-post>.
if (typeof document !== 'undefined' && document.querySelector('social-post'))
  void loadBlocks({ body: [{ type: 'post' }] });
if (typeof document !== 'undefined' && document.querySelector('photo-gallery'))
  void loadBlocks({ body: [{ type: 'gallery' }] });

export * from './index.js';
