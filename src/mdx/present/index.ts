import { lessonComponents } from '../index.ts';
import CiteMark from './CiteMark.astro';
import NoteShown from './NoteShown.astro';
import QuizMarker from './QuizMarker.astro';
import ScenarioMarker from './ScenarioMarker.astro';
import SlideShown from './SlideShown.astro';

/** Lesson components as a presentation renders them: notes shown (to the presenter), authored slides and interactive parts as slide markers, citations as plain numbers. */
export const presentComponents = { ...lessonComponents, TrainerNote: NoteShown, Quiz: QuizMarker, Scenario: ScenarioMarker, Slide: SlideShown, Cite: CiteMark };
