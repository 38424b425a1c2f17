import { useState } from 'preact/hooks';

/**
 * When this quiz form was first shown in the browser (the island hydrates when it is scrolled into
 * view). Passed with each answer to `answer` (src/stores/quiz.ts), it becomes the attempt's start
 * when the record has none yet: a knowledge check's first attempt, which no button starts. A retry
 * or the assessment's start records its own start, and that one counts.
 */
export function useShownAt(): number {
  const [shownAt] = useState(() => Date.now());
  return shownAt;
}
