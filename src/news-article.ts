/**
 * Registers `<news-article>`. Import this module to use the element; import the class from the package
 * index when you only need its type.
 * @module
 */
import { NewsArticle } from './components/news-article/news-article.js';
import { defineElement } from './internal/define.js';
import './tag-names.js';

defineElement('news-article', NewsArticle);

export { NewsArticle };
