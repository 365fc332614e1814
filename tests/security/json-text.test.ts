// Untrusted Article JSON in the browser: the text group of fields, and the srcset fields beside their
// photos' safe src (see article-suite.ts).
import { articleSuite } from './article-suite.js';

articleSuite(['text', 'srcset']);
