/** The deck's data is defined where it is built (src/lib/slides/deck.ts); islands import it from here. */
export type { DeckData } from '../../lib/slides/deck.ts';
