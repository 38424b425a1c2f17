/** A 32-bit hash of a string (FNV-1a): seeds for shuffling (src/lib/quiz/shuffle.ts), seals of the stored record (src/lib/progress/sealed.ts). */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
