// One card style for posts on every network: see components/social-post/card.styles.ts.
export { cardStyles as styles } from '../social-post/card.styles.js';
