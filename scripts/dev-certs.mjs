// HTTPS for the dev server (https://localhost:3000). Office loads add-ins over https only.
// 1. office-addin-dev-certs: a local CA installed in the OS trust store (Windows / macOS; asks for permission once).
// 2. Where that cannot be installed (Linux without sudo, containers, CI): webpack-dev-server's self-signed
//    certificate — open https://localhost:3000/taskpane.html once in the browser and accept it.
// 3. DEV_SERVER_HTTP=1: plain http (only for tools that cannot accept a self-signed certificate; Office will not load it).

const say = (ja, en) => console.warn(`\n[dev-server] ${ja}\n[dev-server] ${en}\n`);

/** The `devServer.server` option for webpack-dev-server. */
export async function devServerHttps() {
  if (process.env.DEV_SERVER_HTTP === "1") {
    say(
      "DEV_SERVER_HTTP=1 のため http で起動します。Office は http のアドインを読み込みません。",
      "DEV_SERVER_HTTP=1: serving plain http. Office will not load an add-in over http.",
    );
    return "http";
  }
  try {
    const devCerts = await import("office-addin-dev-certs");
    const getHttpsServerOptions = devCerts.getHttpsServerOptions ?? devCerts.default.getHttpsServerOptions;
    const options = await getHttpsServerOptions();
    return { type: "https", options };
  } catch (e) {
    say(
      `開発用証明書 (office-addin-dev-certs) をインストールできませんでした: ${firstLine(e)}\n` +
        "  自己署名証明書の https で起動します。ブラウザーで https://localhost:3000/taskpane.html を一度開き、警告を承認してから Excel on the web にアドインを読み込んでください。\n" +
        "  Windows/Mac では `npx office-addin-dev-certs install` で信頼済み証明書を入れられます。",
      `Could not install the development certificates (office-addin-dev-certs): ${firstLine(e)}\n` +
        "  Serving https with a self-signed certificate. Open https://localhost:3000/taskpane.html in the browser once and accept it, then load the add-in in Excel on the web.\n" +
        "  On Windows/Mac, `npx office-addin-dev-certs install` installs a trusted certificate.",
    );
    return "https";
  }
}

function firstLine(e) {
  return (
    String(e instanceof Error ? e.message : e)
      .split("\n")
      .find((l) => l.trim() !== "") ?? "unknown error"
  );
}
