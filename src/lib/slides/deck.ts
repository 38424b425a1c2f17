import type { Question } from '../../schemas/quiz.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import type { ScenarioAnalysis } from '../scenario/validate.ts';
import type { Slide } from './plan.ts';

/** Everything a presentation needs, computed at build time (src/data/deck.ts) and handed to the presenter and audience islands. */
export interface DeckData {
  /** BroadcastChannel name shared by the presenter and audience windows of this lesson. */
  channel: string;
  lesson: { title: string; objectives: string[]; minutes: number; number: number; course: string };
  slides: Slide[];
  /** Written for the room with <Slide> blocks (else cut from the lesson automatically). */
  authored: boolean;
  questions: Question[];
  /** The scenarios the deck plays, with their score ranges and best path. */
  scenarios: Record<string, { scenario: Scenario; analysis: Omit<ScenarioAnalysis, 'problems'> }>;
  urls: { lesson: string; audience: string; presenter: string; print: string };
}
