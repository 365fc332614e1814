/**
 * Registers `<article-header>`. Import this module to use the element; import the class from the package
 * index when you only need its type.
 * @module
 */
import { ArticleHeader } from './components/article-header/article-header.js';
import { defineElement } from './internal/define.js';
import './tag-names.js';

defineElement('article-header', ArticleHeader);

export { ArticleHeader };
