/**
 * Registers `<tweet-embed>`. Import this module to use the element; import the class from the package
 * index when you only need its type.
 * @module
 */
import { TweetEmbed } from './components/tweet-embed/tweet-embed.js';
import { defineElement } from './internal/define.js';
import './tag-names.js';

defineElement('tweet-embed', TweetEmbed);

export { TweetEmbed };
