// Types for scripts/addin-url.mjs (so the TypeScript tests can import it).
export declare const DEV_ORIGIN: string;
export declare function rewriteAddinUrl(xml: string, addinUrl: string | undefined): string;
export declare function allowErrorInputs(json: string): string;
