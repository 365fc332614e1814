// Registers our elements under a prefix, from the script-tag bundle's exports, as README shows.
import { defineArticleElements } from '../../../dist/article-elements.js';

window.definedTags = defineArticleElements({ prefix: 'acme' });
