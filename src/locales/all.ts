/** Registers every shipped language: German, Spanish, French and Arabic (English is built in). */
import './de.js';
import './es.js';
import './fr.js';
import './ar.js';
