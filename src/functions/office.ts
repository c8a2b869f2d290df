// The only file of the custom functions that touches Office: Excel error values and the display language.
// Everything else in src/functions runs in Node (the tests give it a CustomFunctions shim).
import type { Lang } from "../core/model";
import { langFromLocale } from "../i18n";

/** Keep messages short enough for Excel's error indicator. */
const MAX_MESSAGE = 255;

/** `#VALUE!` carrying a message (SPEC §8: bad input → an Excel error with a message, never a wrong answer). */
export function invalidValue(message: string): CustomFunctions.Error {
  const text = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
  if (typeof CustomFunctions === "undefined" || typeof CustomFunctions.Error !== "function") {
    // Outside Excel (a browser page without the custom-functions runtime): same shape, so nothing downstream breaks.
    return { code: "#VALUE!", message: text } as CustomFunctions.Error;
  }
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, text);
}

/** Office's display language (File > Options > Language); Japanese unless Office says English. */
export function displayLang(): Lang {
  try {
    return langFromLocale(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);
  } catch {
    return "ja"; // Office.context is not ready before Office.onReady in some hosts
  }
}
