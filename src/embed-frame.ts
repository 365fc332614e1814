/**
 * Registers `<embed-frame>`. Import this module to use the element; import the class from the package
 * index when you only need its type.
 * @module
 */
import { EmbedFrame } from './components/embed-frame/embed-frame.js';
import { defineElement } from './internal/define.js';
import './tag-names.js';

defineElement('embed-frame', EmbedFrame);

export { EmbedFrame };
