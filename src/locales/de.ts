/** German strings. Importing this module registers them. */
import { registerMessages } from '../internal/i18n.js';
import messages from './messages/de.js';

registerMessages('de', messages);
