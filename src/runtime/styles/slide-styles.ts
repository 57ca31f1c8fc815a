// Everything a slide needs to look as designed, in cascade order: the deck page, the audience page
// and the speaker view's previews all show slides through these (the deck adds print.css).
import 'reveal.js/reveal.css';
import 'katex/dist/katex.min.css';
import './fonts.css';
import './theme.css';
import './dual-language.css';
import './figures.css';
