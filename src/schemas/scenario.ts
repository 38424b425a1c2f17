import { z } from './zod.ts';
import { SlugSchema } from './course.ts';

const Text = z.string().trim().min(1);
/** Ids of flags and of nodes: letters, digits, hyphens and underscores. */
const Key = z.string().regex(/^[A-Za-z0-9_-]+$/, 'use letters, digits, - and _');

/** Buying roles a person can hold (src/lib/scenario shows them once discovered). */
export const BuyingRoleSchema = z.enum(['decider', 'influencer', 'user', 'buyer', 'approver', 'gatekeeper', 'initiator']);

/** A competency the scenario scores, e.g. 角色识别. */
export const DimensionSchema = z.object({ /** Id used in `effects`. */ id: Key, /** Name shown in the report. */ label: Text }).strict();

/** A person in the scenario. */
export const CastMemberSchema = z
  .object({
    /** Id used as a node's `speaker` and in `reveals`. */
    id: Key,
    /** Name as shown, e.g. 王建国. */
    name: Text,
    /** Job title, e.g. 信息中心主任. */
    title: Text,
    /** Buying role(s) in this deal; hidden until a choice `reveals` this person. */
    role: z.union([BuyingRoleSchema, z.array(BuyingRoleSchema).min(1)]).transform((r) => (Array.isArray(r) ? r : [r])),
  })
  .strict();

/** One option at a decision point. */
export const ChoiceSchema = z
  .object({
    /** What the trainee decides to do, in the first person or as an action. */
    label: Text,
    /** Id of the node this leads to. */
    next: Key,
    /** Points per dimension id, positive or negative; dimensions left out score 0. */
    effects: z.record(Key, z.number().int().min(-10).max(10)).default({}),
    /** What happens because of the choice, shown before moving on. Show, don't judge. */
    consequence: Text,
    /** Flags this choice sets: facts learned or commitments made. */
    sets: z.array(Key).default([]),
    /** Flags that must all be set for this choice to be offered. */
    requires: z.array(Key).default([]),
    /** Cast ids whose buying role the trainee discovers by this choice. */
    reveals: z.array(Key).default([]),
  })
  .strict();

/** How a path ends. */
export const EndingSchema = z
  .object({
    /** Outcome title, e.g. 中标签约. */
    title: Text,
    /** good, mixed or poor: how the deal and the relationship stand. */
    rating: z.enum(['good', 'mixed', 'poor']),
  })
  .strict();

/** A step of the story: someone speaks, then the trainee chooses, or the story ends. */
export const NodeSchema = z
  .object({
    /** Cast id of who speaks, or `narrator`. */
    speaker: Key,
    /** What is said or what happens. */
    text: Text,
    /** The options at this decision point. */
    choices: z.array(ChoiceSchema).min(1).optional(),
    /** Makes this node an ending. */
    ending: EndingSchema.optional(),
    /** Ids from the course's sources.yaml that back a legal or numeric claim in this node. */
    sources: z.array(SlugSchema).min(1).optional(),
  })
  .strict();

/** A note for the report's debrief, linking to a lesson. */
export const DebriefSchema = z
  .object({
    /** Lesson id. */
    lesson: SlugSchema,
    /** The point to take away. */
    text: Text,
    /** Ids from the course's sources.yaml that back a legal or numeric claim in `text`. */
    sources: z.array(SlugSchema).min(1).optional(),
  })
  .strict();

/** `content/courses/<course>/<locale>/scenarios/<id>.yaml`: a branching scenario. */
export const ScenarioSchema = z
  .object({
    /** Id, equal to the file name; used in URLs and results. */
    id: SlugSchema,
    /** Title shown on the scenarios page. */
    title: Text,
    /** The situation in two or three sentences. */
    summary: Text,
    /** Lessons it practises (ids). */
    lesson: z.array(SlugSchema).min(1),
    /** Estimated minutes to play once. */
    minutes: z.number().int().min(1).max(60),
    /** Competencies scored. */
    dimensions: z.array(DimensionSchema).min(1).max(6),
    /** People in the story. */
    cast: z.array(CastMemberSchema).min(1),
    /** Id of the first node. */
    start: Key,
    /** Nodes by id. */
    nodes: z.record(Key, NodeSchema),
    /** Points for the report, each linking to a lesson. */
    debrief: z.array(DebriefSchema).default([]),
  })
  .strict();

export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioNode = z.output<typeof NodeSchema>;
export type Choice = z.output<typeof ChoiceSchema>;
export type BuyingRole = z.output<typeof BuyingRoleSchema>;
