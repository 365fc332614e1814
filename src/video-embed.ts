/**
 * Registers `<video-embed>`. Import this module to use the element; import the class from the package
 * index when you only need its type.
 * @module
 */
import { VideoEmbed } from './components/video-embed/video-embed.js';
import { defineElement } from './internal/define.js';
import './tag-names.js';

defineElement('video-embed', VideoEmbed);

export { VideoEmbed };
