// Types for webpack.config.js (so test/manifest can read the build's output names without running webpack).
import type { Configuration } from "webpack";

declare function config(env: Record<string, unknown>, argv: { mode?: string }): Promise<Configuration>;
export default config;
