// Untrusted Article JSON in the browser: the text group of fields, the other half of the payloads
// (see json-text.test.ts).
import { articleSuite } from './article-suite.js';

articleSuite(['text'], [1, 2]);
