// The one piece of jsdom the e2e test uses (to read the built manifest.xml with a DOM parser in Node).
declare module "jsdom" {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { readonly DOMParser: typeof DOMParser };
  }
}
