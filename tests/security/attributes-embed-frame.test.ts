// Untrusted attributes in the browser: <embed-frame> (see attribute-suite.ts). One file per element keeps
// each well within the runner's time per file in the slowest engine.
import { attributeSuite } from './attribute-suite.js';

attributeSuite(['embed-frame']);
