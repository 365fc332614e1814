/**
 * Registers all six elements under their own names. The script-tag bundle is built from this file.
 * @module
 */
import './locales/all.js';
import { defineArticleElements } from './register.js';
import './tag-names.js';

defineArticleElements();

export * from './index.js';
