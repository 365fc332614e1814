// Untrusted Article JSON in the browser: the url group of fields, half of the payloads (the other half
// in json-url-2.test.ts, so that each file stays within the runner's time per file in WebKit; see
// article-suite.ts).
import { articleSuite } from './article-suite.js';

articleSuite(['url'], [0, 2]);
