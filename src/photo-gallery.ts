/**
 * Registers `<photo-gallery>`. Import this module to use the element; import the class from the
 * package index when you only need its type.
 * @module
 */
import { PhotoGallery } from './components/photo-gallery/photo-gallery.js';
import { defineElement } from './internal/define.js';
import './tag-names.js';

defineElement('photo-gallery', PhotoGallery);

export { PhotoGallery };
