// Untrusted Article JSON in the browser: the url group of fields, the other half of the payloads
// (see json-url.test.ts).
import { articleSuite } from './article-suite.js';

articleSuite(['url'], [1, 2]);
