// Untrusted attributes in the browser: <article-header> (see attribute-suite.ts). One file per element keeps
// each well within the runner's time per file in the slowest engine.
import { attributeSuite } from './attribute-suite.js';

attributeSuite(['article-header']);
