import { NAME_MAX } from '../storage-keys.ts';

/*
 * SCORM gives the learner's name as "Last, First" (cmi.core.student_name in 1.2, cmi.learner_name in
 * 2004, by convention). The certificate shows it as it is said: "First Last" for a Western name;
 * a Chinese name keeps Chinese order, family name first and no space ("王, 建国" → "王建国").
 */

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The certificate name for an LMS name; '' when there is none. At most NAME_MAX characters. */
export function certificateName(lmsName: string): string {
  const text = (lmsName ?? '').replace(/\s+/g, ' ').trim();
  const comma = /\s*[,，]\s*/.exec(text);
  let name = text;
  if (comma) {
    const last = text.slice(0, comma.index).trim();
    const first = text.slice(comma.index + comma[0].length).replace(/[,，]/g, ' ').replace(/\s+/g, ' ').trim();
    const chinese = HAN.test(last) && (!first || HAN.test(first));
    name = chinese ? `${last}${first}` : [first, last].filter(Boolean).join(' ');
  }
  return name.slice(0, NAME_MAX).trim();
}
