import { readFileSync, readdirSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import type { Answer } from '../../src/schemas/answer.ts';
import type { Question } from '../../src/schemas/quiz.ts';

const dir = new URL('../../content/courses/customer-org/zh-CN/quizzes/', import.meta.url);
const banks = readdirSync(dir).map((f) => parse(readFileSync(new URL(f, dir), 'utf8')) as { lesson: string; questions: Question[] });

/** Every question of the course's banks, by id: the tests answer from the same content trainees see. */
export const questions: Map<string, Question> = new Map(banks.flatMap((b) => b.questions.map((q) => [q.id, q] as const)));

/** Every question with the lesson whose bank holds it, as the assessment draws them. */
export const pool = banks.flatMap((b) => b.questions.map((q) => ({ id: q.id, lesson: b.lesson })));

/** A wrong answer to a question, as stored in the progress record (for seeding a failed attempt). */
export function wrongAnswer(q: Question): Answer {
  switch (q.type) {
    case 'single':
      return q.options.find((o) => !o.correct)!.id;
    case 'truefalse':
      return !q.answer;
    case 'multiple':
      return [q.options.find((o) => !o.correct)!.id];
    case 'ordering':
      return [...q.items].reverse().map((i) => i.id);
    case 'matching':
      return Object.fromEntries(q.pairs.map((p, i) => [p.id, q.pairs[(i + 1) % q.pairs.length]!.id]));
    case 'categorize':
      return Object.fromEntries(q.items.map((it) => [it.id, q.categories.find((c) => c.id !== it.category)!.id]));
  }
}

export const questionBox = (page: Page, id: string) => page.locator(`fieldset#q-${id}`);

/**
 * Answers one question the quick way (check, select, click), right or wrong on purpose. Keyboard
 * paths are tested once, with answerByKeyboard, in the knowledge-check and keyboard-only journeys.
 */
export async function answer(page: Page, id: string, right: boolean): Promise<void> {
  const q = questions.get(id)!;
  const box = questionBox(page, id);
  await box.scrollIntoViewIfNeeded();
  await expect(page.locator('form.quiz-form')).toHaveAttribute('aria-busy', 'false');
  switch (q.type) {
    case 'single':
      await box.getByRole('radio', { name: q.options.find((o) => !!o.correct === right)!.text, exact: true }).check();
      break;
    case 'truefalse':
      await box.getByRole('radio', { name: q.answer === right ? '对' : '错', exact: true }).check();
      break;
    case 'multiple':
      for (const o of q.options) if (right ? o.correct : !o.correct) await box.getByRole('checkbox', { name: o.text, exact: true }).check();
      break;
    case 'ordering': {
      const target = right ? q.items.map((i) => i.text) : [...q.items].reverse().map((i) => i.text);
      for (let want = 0; want < target.length; want++) {
        for (let at = (await box.locator('ol.ordering > li .item-text').allTextContents()).indexOf(target[want]!); at > want; at--) {
          await box.getByRole('button', { name: `将“${target[want]}”上移` }).click();
          await expect(box.locator('ol.ordering > li .item-text').nth(at - 1)).toHaveText(target[want]!);
        }
      }
      await expect(box.locator('ol.ordering > li .item-text')).toHaveText(target);
      break;
    }
    case 'matching':
      for (const [i, p] of q.pairs.entries()) await box.getByRole('combobox', { name: p.left, exact: true }).selectOption({ label: (right ? p : q.pairs[(i + 1) % q.pairs.length]!).right });
      break;
    case 'categorize':
      for (const it of q.items) await box.getByRole('combobox', { name: it.text, exact: true }).selectOption({ label: q.categories.find((c) => (right ? c.id === it.category : c.id !== it.category))!.label });
      break;
  }
}

/** Answers one question as a keyboard user would: Tab/Shift+Tab, Space, arrow keys, Enter. Right or wrong on purpose. */
export async function answerByKeyboard(page: Page, id: string, right: boolean): Promise<void> {
  const q = questions.get(id)!;
  const box = questionBox(page, id);
  // A person scrolls to the question (the island starts when visible) and waits until it is usable.
  await box.scrollIntoViewIfNeeded();
  await expect(page.locator('form.quiz-form')).toHaveAttribute('aria-busy', 'false');
  switch (q.type) {
    case 'single': {
      const option = q.options.find((o) => !!o.correct === right)!;
      await box.getByRole('radio', { name: option.text, exact: true }).focus();
      await page.keyboard.press('Space');
      break;
    }
    case 'truefalse':
      await box.getByRole('radio', { name: (q.answer === right) ? '对' : '错', exact: true }).focus();
      await page.keyboard.press('Space');
      break;
    case 'multiple':
      for (const o of q.options) {
        if (right ? o.correct : !o.correct) {
          await box.getByRole('checkbox', { name: o.text, exact: true }).focus();
          await page.keyboard.press('Space');
        }
      }
      break;
    case 'ordering':
      await orderByKeyboard(page, box, right ? q.items.map((i) => i.text) : [...q.items].reverse().map((i) => i.text));
      break;
    case 'matching':
    case 'categorize': {
      const rows = q.type === 'matching'
        ? q.pairs.map((p, i) => ({ label: p.left, answer: (right ? p : q.pairs[(i + 1) % q.pairs.length]!).right }))
        : q.items.map((it) => ({ label: it.text, answer: q.categories.find((c) => (right ? c.id === it.category : c.id !== it.category))!.label }));
      for (const row of rows) {
        const select = box.getByRole('combobox', { name: row.label, exact: true });
        await select.focus();
        // Arrow keys step through the options of a focused <select> without opening it.
        for (let n = 0; n < 10 && (await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)) !== row.answer; n++) await page.keyboard.press('ArrowDown');
        await expect(select).toHaveText(new RegExp(row.answer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      }
      break;
    }
  }
}

/** Bubble the items into `target` order with the 上移 buttons, pressing Enter on each. */
async function orderByKeyboard(page: Page, box: Locator, target: string[]): Promise<void> {
  for (let want = 0; want < target.length; want++) {
    for (let guard = 0; guard < 10; guard++) {
      const shown = await box.locator('ol.ordering > li .item-text').allTextContents();
      const at = shown.indexOf(target[want]!);
      if (at <= want) break;
      await box.getByRole('button', { name: `将“${target[want]}”上移` }).focus();
      await page.keyboard.press('Enter');
      // Wait for the list to show the move before deciding on the next one; focus stays with the item.
      await expect(box.locator('ol.ordering > li .item-text').nth(at - 1)).toHaveText(target[want]!);
      await expect(box.getByRole('button', { name: new RegExp(`^将“${target[want]}”[上下]移$`) }).and(page.locator(':focus'))).toHaveCount(1);
    }
  }
  await expect(box.locator('ol.ordering > li .item-text')).toHaveText(target);
}
