// @vitest-environment jsdom
// The pane as a person uses it (issues 5 and 12), rendered in jsdom over the real office host and the in-memory workbook.
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { IsoDate } from "../../src/core/model";
import { App } from "../../src/taskpane/app";
import type { AppProps } from "../../src/taskpane/app";
import { FakeOfficeError } from "../excel/fake-excel/context";
import { getCell } from "../excel/fake-excel/workbook";
import { loadSample } from "../excel/fixtures/sample";
import type { Fixture } from "../excel/setup";
import { fakeExcel, snapshot } from "../excel/setup";

afterEach(cleanup);
configure({ asyncUtilTimeout: 10_000 }); // Fluent UI renders slowly in jsdom

// jsdom has no layout: record what the pane asks to bring into view. Nor modal dialogs: open is all a test needs.
const scrolled: Element[] = [];
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
};
beforeEach(() => {
  scrolled.length = 0;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});

function renderPane(f: Fixture, props: Partial<AppProps> = {}): void {
  render(<App host={f.host} uiLang="ja" today={"2025-11-01" as IsoDate} {...props} />);
}

const enabled = (b: HTMLElement): boolean => !(b as HTMLButtonElement).disabled && b.getAttribute("aria-disabled") !== "true";

/** Press a button once it is enabled (the primary action waits for the inventory to be found). */
const press = async (name: string | RegExp): Promise<void> => {
  const button = await screen.findByRole("button", { name });
  await waitFor(() => expect(enabled(button)).toBe(true));
  await act(async () => fireEvent.click(button));
};

/** An element whose whole text (its own and its children's) matches: a phrase may sit in a span of its own. */
const findText = (text: RegExp): Promise<HTMLElement> =>
  screen.findByText(
    (_, el) => !!el && text.test(el.textContent ?? "") && ![...el.children].some((c) => text.test(c.textContent ?? "")),
  );

/** The sample as an Excel table, with someone's memo in the column right of it (where our block would go). */
async function tableWithMemo(): Promise<Fixture> {
  const rows = (await loadSample()).slice(3).map((r) => r.slice(0, 8));
  const f = fakeExcel(rows);
  f.sheet.tables.push({ name: "棚卸", area: { top: 0, left: 0, rows: rows.length, columns: 8 }, filtered: false });
  f.sheet.cells[2]![9] = "メモ";
  return f;
}

const primary = (): HTMLElement => screen.getByRole("button", { name: "移行先と警告を書き込む" });

describe("the sample inventory", () => {
  test("shows where the inventory is and writes it on one press", async () => {
    const f = fakeExcel(await loadSample());
    renderPane(f);
    await findText(/^シート「JMSS棚卸」の使用範囲 A1:J12 · データ 8 行$/);
    expect(screen.getByRole("combobox", { name: "見出し行" })).toHaveProperty("value", "3");
    await press("移行先と警告を書き込む");
    await screen.findByText("5–12 行目の K:Q 列に書き込みました。");
    expect(getCell(f.sheet, 3, 10)).toBe("移行先型番");
    expect(getCell(f.sheet, 4, 13)).toBe("無償バージョンアップ");
  });

  test("the summary names its sheet and selects the rows it counts", async () => {
    const f = fakeExcel(await loadSample());
    renderPane(f);
    await press("移行先と警告を書き込む");
    await screen.findByText("シート「JMSS棚卸」の 8 行を判定しました");
    const summary = await screen.findByRole("list", { name: "結果" });
    await act(async () => fireEvent.click(within(summary).getByRole("button", { name: "エラーのある行 1 行" })));
    expect(f.sheet.selection).toEqual(["12:12"]);
    await act(async () => fireEvent.click(within(summary).getByRole("button", { name: /^優待価格 3 行$/ })));
    expect(f.sheet.selection).toEqual(["7:8", "10:10"]); // J2: no maintenance (7), a client (8), unknown maintenance (10)
  });

  test("speaks English when Office does, and writes in the language chosen", async () => {
    const f = fakeExcel(await loadSample());
    render(<App host={f.host} uiLang="en" today={"2025-11-01" as IsoDate} />);
    await findText(/^Used range A1:J12 of sheet “JMSS棚卸” · 8 data rows$/);
    await act(async () => fireEvent.click(screen.getByRole("radio", { name: "日本語" })));
    await press("Write targets and warnings");
    await screen.findByText("Wrote rows 5–12 in columns K:Q.");
    expect(screen.getByRole("button", { name: "Rows with errors 1 row" })).toBeTruthy();
    expect(getCell(f.sheet, 3, 10)).toBe("移行先型番");
  });

  test("the as-of date is an option: the JMSS end of support is a warning once it has passed", async () => {
    const f = fakeExcel(await loadSample());
    renderPane(f);
    const date = await screen.findByLabelText("基準日");
    fireEvent.change(date, { target: { value: "2026-02-01" } });
    await press("移行先と警告を書き込む");
    await screen.findByText("完了しました");
    expect(String(getCell(f.sheet, 4, 15))).toMatch(/【警告】JMSS/);
  });

  test("a cleared as-of date says why the button is off", async () => {
    const f = fakeExcel(await loadSample());
    renderPane(f);
    await press(/^再検出$/);
    fireEvent.change(await screen.findByLabelText("基準日"), { target: { value: "" } });
    const reason = await screen.findByText("基準日を入力すると書き込めます。");
    expect(primary().getAttribute("aria-disabled")).toBe("true");
    expect(primary().getAttribute("aria-describedby")).toBe(reason.id);
    expect(screen.getByText("基準日を入力してください。")).toBeTruthy(); // at the field itself
  });
});

describe("following the active sheet", () => {
  test("switching to another sheet shows that sheet's inventory without pressing 再検出; switching back, the first again", async () => {
    const f = fakeExcel(await loadSample());
    const other = f.book.addSheet("EA保守", [
      ["製品名", "数量"],
      ["WebSAM JMSS Ver8.1 (稼働マシン用)", 2],
    ]);
    renderPane(f);
    await findText(/^シート「JMSS棚卸」の使用範囲 A1:J12 · データ 8 行$/);
    await act(async () => f.book.activate(other.id));
    await findText(/^シート「EA保守」の使用範囲 A1:B2 · データ 1 行$/);
    await act(async () => f.book.activate(f.sheet.id));
    await findText(/^シート「JMSS棚卸」の使用範囲 A1:J12 · データ 8 行$/);
  });

  test("the pane stops listening when it closes", async () => {
    const f = fakeExcel(await loadSample());
    renderPane(f);
    await waitFor(() => expect(f.book.activatedHandlers.size).toBe(1));
    cleanup();
    await waitFor(() => expect(f.book.activatedHandlers.size).toBe(0));
  });
});

describe("never onto the wrong sheet", () => {
  test("after 見積を作成 the pane follows Excel to the quote sheet, offers nothing to write there, and the result stays with its own sheet", async () => {
    const f = fakeExcel(await loadSample());
    renderPane(f);
    await press("移行先と警告を書き込む");
    await press("見積を作成");
    await screen.findByText("見積ができました");
    const quote = f.book.sheet("見積")!;
    expect(f.book.activeSheetId).toBe(quote.id);
    await screen.findByText(/シート「見積」は見積です。見積と価格表のシートには書き込みません/);
    expect(primary().getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText("棚卸表のシートを開くと書き込めます。")).toBeTruthy();
    const before = snapshot(quote);
    await act(async () => fireEvent.click(primary()));
    expect(snapshot(quote)).toEqual(before);
    // the result card still describes JMSS棚卸 and says the open sheet is another one
    expect(screen.getByText("シート「JMSS棚卸」の 8 行を判定しました")).toBeTruthy();
    expect(screen.getByText(/この結果はシート「JMSS棚卸」のもので、いま開いているシートのものではありません/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "エラーのある行 1 行" })));
    expect([f.book.activeSheetId, f.sheet.selection]).toEqual([f.sheet.id, ["12:12"]]);
  });

  test("the price book is never offered as an inventory", async () => {
    const f = fakeExcel(await loadSample(), {}, "価格表");
    const before = snapshot(f.sheet);
    renderPane(f);
    await screen.findByText(/シート「価格表」は価格表です/);
    await act(async () => fireEvent.click(primary()));
    expect(snapshot(f.sheet)).toEqual(before);
  });

  test("after a write that stopped partway, 見積を作成 waits for a full run and says why", async () => {
    let chunks = 0;
    const f = fakeExcel(await loadSample(), {
      beforeSync: ({ calculationSuspended }) => {
        if (calculationSuspended && ++chunks === 2) throw new FakeOfficeError("GeneralException", "lost connection");
      },
    });
    renderPane(f, { limits: { payloadBytes: 4_000_000, maxCells: 5_000_000, readBytesPerCell: 128, maxRows: 3 } });
    await press("移行先と警告を書き込む");
    await screen.findByText(/途中で止まりました/);
    const quote = screen.getByRole("button", { name: "見積を作成" });
    expect(quote.getAttribute("aria-disabled")).toBe("true");
    const reason = screen.getByText("書き込みが途中で止まったため、見積はまだ作れません。全行を書き込むと作れます。");
    expect(quote.getAttribute("aria-describedby")).toBe(reason.id);
    await act(async () => fireEvent.click(quote));
    expect(f.book.sheets.map((s) => s.name)).toEqual(["JMSS棚卸"]);
    await press("移行先と警告を書き込む"); // the third chunk onwards succeeds: a full run
    await press("見積を作成");
    await screen.findByText("見積ができました");
  });
});

describe("keyboard and screen readers", () => {
  test("the live regions are there before any outcome and keep their place; the outcome is brought into view", async () => {
    const f = fakeExcel(await loadSample());
    renderPane(f);
    const status = await screen.findByRole("status");
    const alert = screen.getByRole("alert");
    expect([status.textContent, alert.textContent]).toEqual(["", ""]);
    await press("移行先と警告を書き込む");
    await waitFor(() => expect(status.textContent).toContain("完了しました"));
    expect(screen.getByRole("status")).toBe(status);
    expect(scrolled).toContain(status.parentElement);
  });

  test("focus goes back to 書き込む when a run ends and when the overwrite question is answered", async () => {
    const f = await tableWithMemo();
    renderPane(f);
    await press("移行先と警告を書き込む");
    const dialog = await screen.findByRole("alertdialog");
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "キャンセル" })));
    await waitFor(() => expect(document.activeElement).toBe(primary()));
    f.sheet.cells[2]![9] = "";
    (document.body as HTMLElement).focus();
    await press("移行先と警告を書き込む");
    await screen.findByText("完了しました");
    await waitFor(() => expect(document.activeElement).toBe(primary()));
  });

  test("section titles are headings; the language options carry their own lang", async () => {
    const f = fakeExcel(await loadSample());
    renderPane(f);
    expect((await screen.findByRole("heading", { level: 2, name: "棚卸表" })).tagName).toBe("H2");
    expect(screen.getByRole("heading", { level: 2, name: "オプション" })).toBeTruthy();
    await press("移行先と警告を書き込む");
    await screen.findByRole("heading", { level: 2, name: "結果" });
    expect(screen.getByText("English").closest("[lang]")?.getAttribute("lang")).toBe("en");
    expect(screen.getByText("日本語").closest("[lang]")?.getAttribute("lang")).toBe("ja");
  });
});

describe("problems a person can act on", () => {
  test("a protected sheet is said when the inventory is found; pressing anyway writes nothing", async () => {
    const f = fakeExcel(await loadSample());
    f.sheet.protected = true;
    const before = snapshot(f.sheet);
    renderPane(f);
    await findText(/シート「JMSS棚卸」の使用範囲/);
    expect((await screen.findAllByText("シートが保護されています")).length).toBe(1);
    expect(screen.queryByRole("alert")?.textContent).toBe("");
    await press("移行先と警告を書き込む");
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("シート保護の解除"));
    expect(snapshot(f.sheet)).toEqual(before);
  });

  test("a filtered sheet is said when the inventory is found", async () => {
    const f = fakeExcel(await loadSample());
    f.sheet.filtered = true;
    renderPane(f);
    await screen.findByText("フィルターで行が隠れています");
  });

  test("an empty sheet says so once, and the button says why it is off", async () => {
    const f = fakeExcel([]);
    renderPane(f);
    await screen.findByText("シートが空です");
    await act(async () => fireEvent.click(primary()));
    await waitFor(() => expect(screen.getAllByText(/テンプレートシートを挿入してください/)).toHaveLength(1));
    expect(screen.getByText("棚卸表のシートを開くと書き込めます。")).toBeTruthy();
  });

  test("no recognisable header: pick the header row and the product column by hand", async () => {
    const f = fakeExcel([["棚卸"], ["品目", "個数"], ["WebSAM JMSS (稼働マシン用)", 2]]);
    renderPane(f);
    await press("移行先と警告を書き込む");
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("見出し行が見つかりません"));
    fireEvent.change(screen.getByRole("combobox", { name: "見出し行" }), { target: { value: "1" } });
    fireEvent.change(await screen.findByRole("combobox", { name: "製品名" }), { target: { value: "0" } }); // the fold opens: no product yet
    await press("その他の列（31）");
    fireEvent.change(await screen.findByRole("combobox", { name: "数量" }), { target: { value: "1" } });
    await press("移行先と警告を書き込む");
    await screen.findByText("3–3 行目の C:I 列に書き込みました。");
    expect([getCell(f.sheet, 2, 3), getCell(f.sheet, 2, 4)]).toEqual([
      "(JMSSからの移行用)WebSAM JobCenter SV/AG for Windows/Linux R16.2",
      2,
    ]);
  });

  test("someone's cells right of a table: asks, and 'write to empty columns' keeps them", async () => {
    const f = await tableWithMemo();
    renderPane(f);
    await press("移行先と警告を書き込む");
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain("I:O に、このアドインが書いたものではない値が 1 個あります（3 行目）");
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "空いている列 K:Q に書く" })));
    await screen.findByText("2–9 行目の K:Q 列に書き込みました。");
    expect([getCell(f.sheet, 2, 9), getCell(f.sheet, 0, 10)]).toEqual(["メモ", "移行先型番"]);
  });

  test("… and Cancel writes nothing and says so", async () => {
    const f = await tableWithMemo();
    const before = snapshot(f.sheet);
    renderPane(f);
    await press("移行先と警告を書き込む");
    const dialog = await screen.findByRole("alertdialog");
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "キャンセル" })));
    await screen.findByText(/何も書き込んでいません/);
    expect(snapshot(f.sheet)).toEqual(before);
  });
});

describe("words a person types are looked up without Object.prototype", () => {
  test("headers and cells such as constructor and __proto__ are only text: the run decides the other rows", async () => {
    const f = fakeExcel([
      ["製品名", "用途", "数量", "constructor", "__proto__"],
      ["constructor", "__proto__", 1, "toString", "hasOwnProperty"],
      ["ESMPRO/JMSS Ver7.2", "JMSSサーバ", 1, "valueOf", "__proto__"],
    ]);
    renderPane(f);
    await findText(/^シート「JMSS棚卸」の使用範囲 A1:E3 · データ 2 行$/);
    await press("移行先と警告を書き込む");
    await screen.findByText("2–3 行目の F:L 列に書き込みました。");
    expect(getCell(f.sheet, 2, 6)).toBe("(JMSSからの移行用)WebSAM JobCenter MG for Windows/Linux R16.2");
    // 用途 "__proto__" is no role word: an error on that row, in its words, not a crash and not a role
    expect(getCell(f.sheet, 1, 10)).toBe("【エラー】列「用途」の値「__proto__」は読めません");
    expect(getCell(f.sheet, 1, 0)).toBe("constructor");
  });
});

describe("template and quote", () => {
  test("inserts a template sheet and finds it as the inventory", async () => {
    const f = fakeExcel([["x"]]);
    renderPane(f);
    await press("テンプレートシートを挿入");
    await screen.findByText("シートを追加しました");
    await screen.findByText("「棚卸テンプレート」の 2 行目の記入例を書き換えて使ってください。");
    await findText(/^シート「棚卸テンプレート」の使用範囲 A1:W2 · データ 1 行$/);
  });

  test("the quote button appears after a run and builds the quote on a new sheet", async () => {
    const f = fakeExcel(await loadSample());
    renderPane(f);
    await screen.findByRole("button", { name: "移行先と警告を書き込む" });
    expect(screen.queryByRole("button", { name: "見積を作成" })).toBeNull();
    await press("移行先と警告を書き込む");
    await press("見積を作成");
    await screen.findByText("新しいシート「見積」にあります。");
    expect(f.book.sheets.map((s) => s.name)).toEqual(["JMSS棚卸", "見積"]);
  });
});

describe("an Excel with ExcelApi 1.7 only (the manifest's minimum)", () => {
  test("writes, selects, builds the quote and inserts the template, saying what this Excel cannot do", async () => {
    const f = fakeExcel(await loadSample(), { apiVersion: "1.7" });
    const warn = vi.spyOn(console, "error");
    renderPane(f);
    await press("移行先と警告を書き込む");
    await screen.findByText("5–12 行目の K:Q 列に書き込みました。");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: /^優待価格 3 行$/ })));
    expect(f.sheet.selection).toEqual(["7:8"]);
    await screen.findByText(/離れた行をまとめて選択できないため、最初の 7–8 行目だけを選択しました/);
    await press("見積を作成");
    await screen.findByText(/印刷の向きと用紙を設定できないため、既定のままです/);
    await press("テンプレートシートを挿入");
    await screen.findByText(/選択リストを付けられないため、付けていません/);
    expect(screen.queryByText(/もう一度実行してください/)).toBeNull();
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
