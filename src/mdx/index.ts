import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Discussion from './Discussion.astro';
import Flow from './Flow.astro';
import KeyPoints from './KeyPoints.astro';
import Quiz from './Quiz.astro';
import Scenario from './Scenario.astro';
import Slide from './Slide.astro';
import SlideBreak from './SlideBreak.astro';
import Step from './Step.astro';
import Table from './Table.astro';
import TrainerNote from './TrainerNote.astro';
import type { MdxComponentName } from '../lib/content/check.ts';

/** What lesson MDX may use without imports; `satisfies` keeps it in step with the content check's list. */
export const lessonComponents = {
  ...({ Callout, Cite, Discussion, Flow, KeyPoints, Quiz, Scenario, Slide, SlideBreak, Step, TrainerNote } satisfies Record<MdxComponentName, unknown>),
  /** Markdown tables get a keyboard-scrollable box. */
  table: Table,
};
