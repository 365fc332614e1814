// Untrusted Article JSON in the browser: the shorthand group of fields (see article-suite.ts).
import { articleSuite } from './article-suite.js';

articleSuite(['shorthand']);
