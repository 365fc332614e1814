// Untrusted Article JSON in the browser: the url group of fields (see article-suite.ts).
import { articleSuite } from './article-suite.js';

articleSuite(['url']);
