// Bundles the task pane and the custom functions into ONE shared-runtime page (manifest.xml: Runtime lifetime="long").
//   npm run build                      → dist/: only what the add-in loads (taskpane.html, taskpane.js, functions.js,
//                                        functions.json, manifest.xml, support.html, assets/icons/*.png) and the
//                                        bundled libraries' license notices the minified bundle points to; no source maps
//   ADDIN_URL=https://host/path npm run build → the same, with every https://localhost:3000 URL in dist/manifest.xml rewritten
//   npm run dev-server                 → https://localhost:3000 (certificates from office-addin-dev-certs when they can be installed)
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import path from "node:path";
import webpack from "webpack";
import { allowErrorInputs, rewriteAddinUrl } from "./scripts/addin-url.mjs";
import { devServerHttps } from "./scripts/dev-certs.mjs";

const root = import.meta.dirname;
const FUNCTIONS = path.resolve(root, "src/functions/functions.ts");

/** Adds allowErrorForDataTypeAny to the generated functions.json (see scripts/addin-url.mjs). */
class AllowErrorInputsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AllowErrorInputsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "AllowErrorInputsPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return; // the metadata plugin reports its own errors
          compilation.updateAsset(
            "functions.json",
            new webpack.sources.RawSource(allowErrorInputs(asset.source.source().toString())),
          );
        },
      );
    });
  }
}

export default async (env, argv) => {
  const dev = argv.mode !== "production";
  const addinUrl = process.env.ADDIN_URL;
  return {
    context: root,
    // No eval in any build (the pages' Content-Security-Policy has no 'unsafe-eval'); production ships no source maps.
    devtool: dev ? "source-map" : false,
    entry: {
      functions: FUNCTIONS,
      taskpane: "./src/taskpane/index.tsx",
    },
    output: { path: path.resolve(root, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // tsconfig.json is for type checking (noEmit); `npm run typecheck` does the checking, the build only emits.
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    plugins: [
      // functions.json from the JSDoc of src/functions/functions.ts; the plugin also appends the CustomFunctions.associate calls.
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS }),
      new AllowErrorInputsPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // functions first: the associate calls must run as the shared runtime loads the page.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      // The manifest's SupportUrl: a static page, no script.
      new HtmlWebpackPlugin({ filename: "support.html", template: "./src/taskpane/support.html", chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          // the icons the manifest names; never assets/samples (workbooks, and the annotated copies CLI runs leave there)
          { from: "assets/icons/*.png", to: "assets/icons/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteAddinUrl(content.toString(), addinUrl),
          },
        ],
      }),
    ],
    performance: { hints: dev ? false : "warning", maxAssetSize: 3_000_000, maxEntrypointSize: 3_000_000 },
    devServer: {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env?.WEBPACK_SERVE ? await devServerHttps() : "https",
      static: false, // everything served is built or copied by this config
      client: { overlay: { warnings: false } },
    },
  };
};
