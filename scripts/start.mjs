// npm start — open Excel with the add-in sideloaded.
// Windows / macOS: `npx office-addin-debugging start manifest.xml` (starts `npm run dev-server`, sideloads into desktop
// Excel). It is fetched by npx, not installed as a dependency: it pulls in keytar, a native module that does not
// build everywhere. Linux has no desktop Excel: print how to load the add-in into Excel on the web instead.
import { spawn } from "node:child_process";

const LINUX_HELP = `
Excel デスクトップ版は Linux にありません。Excel on the web にアドインを読み込んでください:
  1. 別のターミナルで開発サーバーを起動:   npm run dev-server
     (https://localhost:3000 。証明書を信頼できない環境では、ブラウザーで一度
      https://localhost:3000/taskpane.html を開いて警告を承認してください)
  2. どちらかの方法で読み込む:
     a. npx office-addin-debugging start manifest.xml web --document <ブックのURL>
        (OneDrive/SharePoint 上のブックの URL。ブラウザーで開いたブックにアドインが読み込まれます)
     b. Excel on the web でブックを開き、[挿入] → [アドイン] (または [ホーム] → [アドイン]) →
        [マイ アドイン] → [マイ アドインのアップロード] で manifest.xml を選ぶ
  3. [ホーム] タブの「棚卸表をチェック」で作業ウィンドウが開き、=JMSS.TARGET(...) などの関数が使えます。

There is no desktop Excel on Linux. Load the add-in into Excel on the web:
  1. In another terminal, start the dev server:   npm run dev-server
     (https://localhost:3000. Where its certificate cannot be trusted, open
      https://localhost:3000/taskpane.html in the browser once and accept the warning.)
  2. Then either
     a. npx office-addin-debugging start manifest.xml web --document <workbook URL>
        (a workbook on OneDrive/SharePoint; the add-in is sideloaded into it in the browser), or
     b. open a workbook in Excel on the web, Insert → Add-ins (or Home → Add-ins) → My Add-ins →
        Upload My Add-in, and choose manifest.xml.
  3. Home → "Check inventory" opens the task pane; =JMSS.TARGET(...) and the other functions are available.
`;

if (process.platform === "win32" || process.platform === "darwin") {
  const devServer = process.platform === "win32" ? '"npm run dev-server"' : "npm run dev-server"; // shell quoting on Windows
  const args = [
    "--yes",
    "office-addin-debugging",
    "start",
    "manifest.xml",
    ...process.argv.slice(2),
    "--dev-server",
    devServer,
    "--dev-server-port",
    "3000",
  ];
  const child = spawn("npx", args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 1));
  child.on("error", (e) => {
    console.error(`npx office-addin-debugging を起動できません / cannot run npx office-addin-debugging: ${e.message}`);
    process.exit(1);
  });
} else {
  console.log(LINUX_HELP);
}
