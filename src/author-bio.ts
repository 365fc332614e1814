/**
 * Registers `<author-bio>`. Import this module to use the element; import the class from the package
 * index when you only need its type.
 * @module
 */
import { AuthorBio } from './components/author-bio/author-bio.js';
import { defineElement } from './internal/define.js';
import './tag-names.js';

defineElement('author-bio', AuthorBio);

export { AuthorBio };
