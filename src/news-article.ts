/**
 * Registers `<news-article>`. Import this module to use the element; import the class from the package
 * index when you only need its type.
 * @module
 */
// The elements it composes register too, so this one import is enough to show an article.
import './article-header.js';
import './photo-figure.js';
import './pull-quote.js';
import './tweet-embed.js';
import './author-bio.js';
import { NewsArticle } from './components/news-article/news-article.js';
import { defineElement } from './internal/define.js';
import './tag-names.js';

defineElement('news-article', NewsArticle);

export { NewsArticle };
