import type { Question } from '../../schemas/quiz.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import type { Slide } from '../../lib/slides/plan.ts';
import type { Analysis } from '../scenario/Report.tsx';

/** Everything a presentation needs, computed at build time by src/components/Deck.astro. */
export interface DeckData {
  /** BroadcastChannel name shared by the presenter and audience windows of this lesson. */
  channel: string;
  lesson: { title: string; objectives: string[]; minutes: number; number: number; course: string };
  slides: Slide[];
  /** Written for the room with <Slide> blocks (else cut from the lesson automatically). */
  authored: boolean;
  questions: Question[];
  scenarios: Record<string, { scenario: Scenario; analysis: Analysis }>;
  urls: { lesson: string; audience: string; presenter: string; print: string };
}
