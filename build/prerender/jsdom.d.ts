/** The part of jsdom's API the prerender uses (jsdom ships no types; @types/jsdom would add a package for two lines). */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options?: { pretendToBeVisual?: boolean; url?: string });
    readonly window: Window & typeof globalThis;
  }
}
