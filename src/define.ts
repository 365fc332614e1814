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
// Elements written by hand whose code comes with a block type's (a file of its own beside this one):
// the types of those on the page load now (module scripts run once the page is parsed, so the
// page's elements are there to find).
if (typeof document !== 'undefined') {
  const body = Object.entries({
    'video-embed': 'video',
    'embed-frame': 'embed',
    'social-post': 'post',
    'photo-gallery': 'gallery',
  })
    .filter(([tag]) => document.querySelector(tag))
    .map(([, type]) => ({ type }));
  if (body.length) void loadBlocks({ body });
}

export * from './index.js';
