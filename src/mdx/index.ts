import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Discussion from './Discussion.astro';
import BuyingCentre from './diagrams/BuyingCentre.astro';
import DecisionProcess from './diagrams/DecisionProcess.astro';
import DiscoveryMethods from './diagrams/DiscoveryMethods.astro';
import Factors from './diagrams/Factors.astro';
import OrgTypes from './diagrams/OrgTypes.astro';
import SoeTimeline from './diagrams/SoeTimeline.astro';
import Flow from './Flow.astro';
import KeyPoints from './KeyPoints.astro';
import Quiz from './Quiz.astro';
import Scenario from './Scenario.astro';
import Slide from './Slide.astro';
import SlideBreak from './SlideBreak.astro';
import Step from './Step.astro';
import Table from './Table.astro';
import TrainerNote from './TrainerNote.astro';
import type { MdxComponentName } from '../lib/content/lesson.ts';
import type { LessonEmbeds } from '../data/embeds.ts';
import { withProps } from './bind.ts';

/** What lesson MDX may use without imports; `satisfies` keeps it in step with the content check's list. */
export const lessonComponents = {
  ...({ Callout, Cite, Discussion, Flow, KeyPoints, Quiz, Scenario, Slide, SlideBreak, Step, TrainerNote, DecisionProcess, BuyingCentre, OrgTypes, Factors, DiscoveryMethods, SoeTimeline } satisfies Record<MdxComponentName, unknown>),
  /** Markdown tables get a keyboard-scrollable box. */
  table: Table,
};

/** `components` with <Quiz /> and <Scenario id="…" /> given the lesson's data (src/data/embeds.ts): they show it, they do not look it up. */
export const withLessonData = <C extends Record<string, unknown>>(components: C, embeds: LessonEmbeds) => ({
  ...components,
  Quiz: withProps(Quiz, { quiz: embeds.quiz }),
  Scenario: withProps(Scenario, { scenarios: embeds.scenarios }),
});
