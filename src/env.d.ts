// Plain `tsc` (npm run check:types) does not know .astro files; Astro's editor tooling does.
// This lets TypeScript files that import components, such as src/mdx/index.ts, type-check.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
