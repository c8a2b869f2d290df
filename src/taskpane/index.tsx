// The task pane's entry: the only place that reads Office's language and the clock, then hands both to the App
// with the Office.js host (src/excel). taskpane.html loads office.js from Microsoft's CDN first.
import "./csp";
import { createRoot } from "react-dom/client";
import { localDay } from "../core/dates";
import { createOfficeHost } from "../excel/office-host";
import { langFromLocale } from "../i18n";
import { App } from "./app";

void Office.onReady(() => {
  const root = document.getElementById("root");
  if (!root) return;
  const lang = langFromLocale(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  createRoot(root).render(<App host={createOfficeHost()} uiLang={lang} today={localDay(new Date())} />);
});
