/**
 * Registers `<pull-quote>`. Import this module to use the element; import the class from the package
 * index when you only need its type.
 * @module
 */
import { PullQuote } from './components/pull-quote/pull-quote.js';
import { defineElement } from './internal/define.js';
import './tag-names.js';

defineElement('pull-quote', PullQuote);

export { PullQuote };
