// The inventory the pane shows: what locate() found on the active sheet and the person's corrections to it.
import { useCallback, useEffect, useRef, useState } from "react";
import type { HoldingKey } from "../core/inventory/headers";
import type { Lang } from "../core/model";
import type { SheetRole } from "../excel/sheet-role";
import { sheetRole } from "../excel/sheet-role";
import type { Located, WorkbookHost } from "../excel/workbook-host";
import type { Choices } from "./job/layout";
import { problemFromError } from "./job/problems";
import type { Notice } from "./notices";
import { problemNotice } from "./notices";

export type InventoryState =
  | { readonly kind: "detecting" }
  | { readonly kind: "empty" }
  /** The active sheet is a quote or the price book: never an inventory (SPEC §7), never offered for writing. */
  | { readonly kind: "skipped"; readonly sheetName: string; readonly role: Exclude<SheetRole, "inventory"> }
  | { readonly kind: "found"; readonly located: Located }
  | { readonly kind: "failed"; readonly notice: Notice };

export interface InventoryModel {
  readonly state: InventoryState;
  readonly choices: Choices;
  /** Locate the inventory again; corrections are kept while the sheet stays the same. */
  readonly detect: () => Promise<Located | undefined>;
  readonly setHeaderRow: (row: number) => void;
  readonly setColumn: (key: HoldingKey, index: number | null) => void;
}

function stateOf(located: Located): InventoryState {
  const role = sheetRole(located.sheetName);
  return role === "inventory" ? { kind: "found", located } : { kind: "skipped", sheetName: located.sheetName, role };
}

export function useInventory(host: WorkbookHost, lang: Lang): InventoryModel {
  const [state, setState] = useState<InventoryState>({ kind: "detecting" });
  const [choices, setChoices] = useState<Choices>({});
  const sheetId = useRef<string | undefined>(undefined);

  const detect = useCallback(async (): Promise<Located | undefined> => {
    try {
      const located = await host.locate();
      if (located?.sheetId !== sheetId.current) setChoices({});
      sheetId.current = located?.sheetId;
      setState(located ? stateOf(located) : { kind: "empty" });
      return located;
    } catch (e) {
      setState({ kind: "failed", notice: problemNotice(problemFromError(e), lang) });
      return undefined;
    }
  }, [host, lang]);

  useEffect(() => {
    void detect();
  }, [detect]);

  // Follow the person to another sheet: what the pane shows is always the active sheet's inventory. Where Excel
  // cannot tell (an older host), 再検出 and the primary button still locate it again.
  useEffect(() => {
    let stop: (() => Promise<void>) | undefined;
    let live = true;
    host
      .onSheetActivated(() => void detect())
      .then(
        (s) => (live ? (stop = s) : void s().catch(() => undefined)),
        () => undefined,
      );
    return () => {
      live = false;
      void stop?.().catch(() => undefined);
    };
  }, [host, detect]);

  // A new header row means new headers: the column corrections made for the old one no longer apply.
  const setHeaderRow = useCallback((row: number) => setChoices({ headerRow: row }), []);
  const setColumn = useCallback(
    (key: HoldingKey, index: number | null) => setChoices((c) => ({ ...c, mapping: { ...c.mapping, [key]: index } })),
    [],
  );
  return { state, choices, detect, setHeaderRow, setColumn };
}
