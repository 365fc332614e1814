/** French strings. Importing this module registers them. */
import { registerMessages } from '../internal/i18n.js';
import messages from './messages/fr.js';

registerMessages('fr', messages);
