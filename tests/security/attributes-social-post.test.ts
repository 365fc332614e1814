// Untrusted attributes in the browser: <social-post> (see attribute-suite.ts). One file per element keeps
// each well within the runner's time per file in the slowest engine.
import { SocialPost } from '../../src/social-post.js';
import { attributeSuite } from './attribute-suite.js';

// The pokes press the button: a stand-in for the network's frame (nothing here reaches a network).
SocialPost.loader = async (_url, target) => void (target.textContent = 'Stand-in live post');

attributeSuite(['social-post']);
