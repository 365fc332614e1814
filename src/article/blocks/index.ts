// Every built-in block type, one line each: the module of that name exports the type's spec under
// the type's name (see spec.ts and registry.ts). Adding a type is its module and its line here.
export { paragraph } from './paragraph.js';
export { heading } from './heading.js';
export { blockquote } from './blockquote.js';
export { pullquote } from './pullquote.js';
export { tweet } from './tweet.js';
export { image } from './image.js';
export { list } from './list.js';
export { table } from './table.js';
export { code } from './code.js';
export { divider } from './divider.js';
export { callout } from './callout.js';
export { correction } from './correction.js';
export { link } from './link.js';
export { video } from './video.js';
export { embed } from './embed.js';
export { post } from './post.js';
export { gallery } from './gallery.js';
