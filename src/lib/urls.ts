/** URL of a course overview page. */
export const coursePath = (course: string) => `/${course}/`;

/** URL of a lesson page, optionally at a section heading. */
export const lessonPath = (course: string, lesson: string, section?: string) =>
  `/${course}/${lesson}/${section ? `#${encodeURIComponent(section)}` : ''}`;

/** URL of a course's scenarios page, or of one scenario. */
export const scenarioPath = (course: string, id?: string) => `/${course}/scenarios/${id ? `${id}/` : ''}`;
