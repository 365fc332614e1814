// Untrusted Article JSON in the browser: the lang field (see article-suite.ts).
import { articleSuite } from './article-suite.js';

articleSuite(['lang']);
