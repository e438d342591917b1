/**
 * `status-widgets/languages`: registers every built-in language at once, so no element waits for
 * one to load. Import it on a server before rendering (server rendering is synchronous, and an
 * element whose language has not loaded renders an empty shell there), or in a page that would
 * rather load every language with the elements than one on demand.
 */
import { registerLanguage } from './languages.js';
import de from './languages/de.js';
import fr from './languages/fr.js';
import es from './languages/es.js';
import ptBR from './languages/pt-BR.js';
import ja from './languages/ja.js';
import hi from './languages/hi.js';

registerLanguage('de', de);
registerLanguage('fr', fr);
registerLanguage('es', es);
registerLanguage('pt-BR', ptBR);
registerLanguage('ja', ja);
registerLanguage('hi', hi);
