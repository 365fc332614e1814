/**
 * Registers all six elements under their own names. The script-tag bundle is built from this file.
 * @module
 */
import { lazyMessages } from './internal/lazy-messages.js';
import { defineArticleElements } from './register.js';
import './tag-names.js';

// Other languages' strings load when an element first needs them (see internal/i18n.ts).
lazyMessages({
  ar: () => import('./locales/messages/ar.js'),
  de: () => import('./locales/messages/de.js'),
  es: () => import('./locales/messages/es.js'),
  fr: () => import('./locales/messages/fr.js'),
});
defineArticleElements();

export * from './index.js';
