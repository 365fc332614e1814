/**
 * Registers `<social-post>`. Import this module to use the element; import the class from the package
 * index when you only need its type.
 * @module
 */
import { SocialPost } from './components/social-post/social-post.js';
import { defineElement } from './internal/define.js';
import './tag-names.js';

defineElement('social-post', SocialPost);

export { SocialPost };
