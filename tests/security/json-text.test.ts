// Untrusted Article JSON in the browser: the text group of fields, half of the payloads (the other
// half in json-text-2.test.ts: the group has grown with the block types, and WebKit took more than
// the runner's five minutes a file for all of it), and the srcset fields beside their photos' safe
// src (see article-suite.ts).
import { articleSuite } from './article-suite.js';

articleSuite(['text'], [0, 2]);
articleSuite(['srcset']);
