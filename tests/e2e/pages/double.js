// Runs after the three copies: records which copy's classes hold the tags, for the test to read.
import * as bundle from '../../../dist/article-elements.js?copy=theme';
import * as widget from '../../../dist/article-elements.js?copy=widget';
import * as npm from '../../../dist/index.js';

window.copies = { bundle, widget, npm };
