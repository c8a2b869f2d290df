// Build-time helpers for the add-in's deployable files (used by webpack.config.js; tested in test/manifest).
import { URL } from "node:url";

/** The origin every URL in the source manifest.xml uses: the dev server (`npm run dev-server`). */
export const DEV_ORIGIN = "https://localhost:3000";

/**
 * Point every dev-server URL of a manifest at the deployed location: `ADDIN_URL=https://addins.example.jp/license-rules`
 * turns `https://localhost:3000/taskpane.html` into `https://addins.example.jp/license-rules/taskpane.html`.
 * No ADDIN_URL → the manifest is unchanged (development). Office only loads add-ins over https, so anything else throws.
 * The URL goes into XML attributes and text: `&` and `'` (which a URL path may hold) are written as entities.
 * @param {string} xml
 * @param {string | undefined} addinUrl
 * @returns {string}
 */
export function rewriteAddinUrl(xml, addinUrl) {
  if (addinUrl === undefined || addinUrl.trim() === "") return xml;
  let url;
  try {
    url = new URL(addinUrl.trim());
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${addinUrl}`);
  }
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_URL must start with https:// (Office loads add-ins over https only): ${addinUrl}`);
  if (url.search !== "" || url.hash !== "") throw new Error(`ADDIN_URL must not have a query or fragment: ${addinUrl}`);
  const base = `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  return xml.split(DEV_ORIGIN).join(escapeXml(base));
}

/** @param {string} text */
const escapeXml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c);

/**
 * Let Excel hand error cells (#N/A, #VALUE! …) to the functions so that one bad cell is an error on its own row only
 * (SPEC §2) instead of the whole spilled range: allowErrorForDataTypeAny, which the generator cannot express.
 * The generator always adds allowCustomDataForDataTypeAny, and the two together crash Excel on volume-licensed
 * Office 2021 (office-js issue #4385), so that flag goes: the functions read plain cell values and want no data types
 * (a data-type cell still arrives as its plain value; src/functions/arguments.ts reads a basicValue where one comes).
 * @param {string} json functions.json as generated from the JSDoc of src/functions/functions.ts
 * @returns {string}
 */
export function allowErrorInputs(json) {
  const metadata = JSON.parse(json);
  delete metadata.allowCustomDataForDataTypeAny;
  return JSON.stringify({ ...metadata, allowErrorForDataTypeAny: true }, null, 2);
}
