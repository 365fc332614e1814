/**
 * Registers `<photo-figure>`. Import this module to use the element; import the class from the package
 * index when you only need its type.
 * @module
 */
import { PhotoFigure } from './components/photo-figure/photo-figure.js';
import { defineElement } from './internal/define.js';
import './tag-names.js';

defineElement('photo-figure', PhotoFigure);

export { PhotoFigure };
