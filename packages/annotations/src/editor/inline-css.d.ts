/** A stylesheet imported as text (Vite's `?inline`). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
