/** Counts the tables rendered for each page (each page render has its own request). */
const counts = new WeakMap<Request, number>();

export function nextTableNumber(request: Request): number {
  const n = (counts.get(request) ?? 0) + 1;
  counts.set(request, n);
  return n;
}
