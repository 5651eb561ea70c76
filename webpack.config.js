// @ts-check
/**
 * Builds the Excel add-in: taskpane.html (the React pane), commands.html (ribbon functions),
 * help.html, the icons and manifest.xml.
 *
 *   npm run build                 production build into dist/, office.js from Microsoft's CDN
 *   ADDIN_URL=https://addin.example.dk/implan/ npm run build
 *                                 the same, with dist/manifest.xml pointing at that base URL
 *   npm run build:test            production build that loads the npm copy of office.js from dist/
 *                                 (IMPLAN_TEST_HOST=1 or --env testHost), for offline browser tests;
 *                                 it adds taskpane-fake.html: the pane on the fake Excel host (test/fakes)
 *   npm start                     webpack serve on https://localhost:3000/ with dev certificates
 *                                 generated into .certs/ (never during a build)
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { X509Certificate } = require("node:crypto");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** The base URL manifest.xml is committed with, and where `npm start` serves. */
const DEV_BASE_URL = "https://localhost:3000/";
/** Office.js as Microsoft documents loading it. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The npm copy of office.js, copied into the test build. */
const OFFICE_JS_NPM = path.join(__dirname, "node_modules", "@microsoft", "office-js", "dist");
/** Gzipped JavaScript the task pane may load before its first render (office.js not counted). */
const TASKPANE_BUDGET_BYTES = 200 * 1024;
/** The test build's extra page: the real pane and adapter on the fake Excel host (test/fakes). */
const FAKE_EXCEL_PAGE = { entry: "./test/addin/page/fakeExcelPage.tsx", template: "test/addin/page/taskpane-fake.html" };
/** Packages that must never be in the task pane's initial JavaScript. */
const FORBIDDEN_IN_TASKPANE = ["exceljs"];
const CERT_DIR = path.join(__dirname, ".certs");

/**
 * The base URL a build's manifest points at: https, ending in "/", no query or fragment.
 * @param {string | undefined} value
 * @returns {string}
 */
function addinBaseUrl(value) {
  const raw = (value ?? "").trim() || DEV_BASE_URL;
  let url;
  try {
    url = new URL(raw.endsWith("/") ? raw : `${raw}/`);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must use https (Office requires it): ${raw}`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL must not have a query or fragment: ${raw}`);
  return url.href;
}

/**
 * manifest.xml with every URL under the development base URL moved to `baseUrl`.
 * @param {string} xml
 * @param {string} baseUrl
 * @returns {string}
 */
function rewriteManifest(xml, baseUrl) {
  return xml.split(DEV_BASE_URL).join(baseUrl);
}

/**
 * The Content-Security-Policy of a page: scripts only from the page's own origin and office.js's.
 * No 'unsafe-eval' and no inline scripts; webpack must therefore never emit eval (see devtool).
 * @param {string | null} officeJsOrigin
 * @returns {string}
 */
function scriptPolicy(officeJsOrigin) {
  const scriptSources = ["'self'", officeJsOrigin].filter(Boolean).join(" ");
  return `script-src ${scriptSources}; object-src 'none'; base-uri 'self'; form-action 'none'`;
}

/**
 * Development certificates in .certs/, made with office-addin-dev-certs's generator (which never
 * touches the system trust store) when missing or expiring within a day. It works offline: the
 * office-addin-usage-data 3.0.0 it loads is a no-op stub that sends nothing.
 * @returns {Promise<{ ca: Buffer, cert: Buffer, key: Buffer }>}
 */
async function devCertificates() {
  const files = {
    ca: path.join(CERT_DIR, "ca.crt"),
    cert: path.join(CERT_DIR, "localhost.crt"),
    key: path.join(CERT_DIR, "localhost.key"),
  };
  const usable =
    Object.values(files).every((file) => fs.existsSync(file)) &&
    Date.parse(new X509Certificate(fs.readFileSync(files.cert)).validTo) > Date.now() + 24 * 3600 * 1000;
  if (!usable) {
    // generateCertificates writes nothing when the CA file exists, so clear stale ones first.
    for (const file of Object.values(files)) fs.rmSync(file, { force: true });
    const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
    await generateCertificates(files.ca, files.cert, files.key, 30, ["localhost", "127.0.0.1"]);
  }
  return {
    ca: fs.readFileSync(files.ca),
    cert: fs.readFileSync(files.cert),
    key: fs.readFileSync(files.key),
  };
}

/** What `npm start` prints once the server listens: how to get the add-in into Excel. */
function sideloadHelp() {
  const manifest = path.join(__dirname, "manifest.xml");
  const ca = path.join(CERT_DIR, "ca.crt");
  return [
    "",
    `Implementeringsplan is served on ${DEV_BASE_URL} (taskpane.html, commands.html, manifest.xml).`,
    "",
    "Trust the development certificate once, or Excel will not load the pane:",
    `  open ${DEV_BASE_URL}taskpane.html in your browser and accept the certificate, or trust ${ca}`,
    "  (Windows: certutil -user -addstore Root .certs\\ca.crt;",
    "   Mac: security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db .certs/ca.crt).",
    "",
    `Sideload ${manifest}:`,
    "  Excel on the web: open a workbook, Insert > Add-ins > Upload My Add-in (newer ribbons: Home >",
    "    Add-ins > More Add-ins > My Add-ins > Upload My Add-in), choose manifest.xml.",
    "  Excel for Windows: share a folder holding manifest.xml, add its \\\\server\\share path under",
    "    File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs (tick Show in Menu),",
    "    restart Excel, then Home > Add-ins > More Add-ins > SHARED FOLDER.",
    "  Excel for Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef",
    "    (create the folder if needed), restart Excel, then Home > Add-ins.",
    "Then choose Åbn plan on the Home tab.",
    "",
  ].join("\n");
}

/**
 * The modules a chunk holds, looking inside concatenated (scope-hoisted) modules.
 * @param {webpack.Compilation} compilation
 * @param {webpack.Chunk} chunk
 * @returns {string[]}
 */
function chunkModuleResources(compilation, chunk) {
  /** @type {string[]} */
  const resources = [];
  /** @param {any} module */
  const visit = (module) => {
    if (Array.isArray(module.modules)) module.modules.forEach(visit);
    else if (typeof module.resource === "string") resources.push(module.resource);
  };
  for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) visit(module);
  return resources;
}

/**
 * Reports the gzipped size of the JavaScript each page loads before its first render, and fails
 * the build when the task pane's is over budget or holds a forbidden package.
 */
class InitialJsBudgetPlugin {
  /** @param {webpack.Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("InitialJsBudgetPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "InitialJsBudgetPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const logger = compilation.getLogger("implan-size");
          for (const [name, entrypoint] of compilation.entrypoints) {
            const files = entrypoint.getFiles().filter((file) => file.endsWith(".js"));
            let raw = 0;
            let gzip = 0;
            for (const file of files) {
              const source = compilation.getAsset(file)?.source.buffer() ?? Buffer.alloc(0);
              raw += source.length;
              gzip += zlib.gzipSync(source, { level: 9 }).length;
            }
            const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
            logger.info(
              `${name}: initial JS ${kb(raw)}, ${kb(gzip)} gzipped in ${files.length} file(s): ${files.join(", ")}`,
            );
            if (name !== "taskpane") continue;
            if (gzip > TASKPANE_BUDGET_BYTES) {
              compilation.errors.push(
                new webpack.WebpackError(
                  `The task pane's initial JavaScript is ${kb(gzip)} gzipped, over the ${kb(TASKPANE_BUDGET_BYTES)} budget: load features lazily (see src/taskpane/views/registry.ts).`,
                ),
              );
            }
            for (const chunk of entrypoint.chunks) {
              for (const resource of chunkModuleResources(compilation, chunk)) {
                const forbidden = FORBIDDEN_IN_TASKPANE.find((pkg) =>
                  resource.split(path.sep).join("/").includes(`/node_modules/${pkg}/`),
                );
                if (forbidden) {
                  compilation.errors.push(
                    new webpack.WebpackError(
                      `${forbidden} must not be in the task pane's initial JavaScript, but chunk ${chunk.name ?? chunk.id} holds ${resource}`,
                    ),
                  );
                }
              }
            }
          }
        },
      );
    });
  }
}

/**
 * @param {Record<string, string | boolean | undefined>} env
 * @param {{ mode?: "production" | "development" | "none" }} argv
 * @returns {Promise<webpack.Configuration>}
 */
module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode ?? "production";
  const production = mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const testHost = Boolean(env.testHost) || process.env.IMPLAN_TEST_HOST === "1";
  const envUrl = process.env.ADDIN_URL || (typeof env.addinUrl === "string" ? env.addinUrl : undefined);
  const baseUrl = serving ? DEV_BASE_URL : addinBaseUrl(envUrl);
  if (production && !serving && baseUrl === DEV_BASE_URL && !testHost) {
    console.warn(`dist/manifest.xml points at ${DEV_BASE_URL}; set ADDIN_URL for a deployable manifest.`);
  }

  const officeJs = testHost ? "office-js/office.js" : OFFICE_JS_CDN;
  const csp = scriptPolicy(testHost ? null : new URL(OFFICE_JS_CDN).origin);
  const helpCsp = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";

  /** @type {any[]} */
  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: "manifest.xml", to: "manifest.xml", transform: (/** @type {Buffer} */ content) => rewriteManifest(content.toString("utf8"), baseUrl) },
  ];
  if (testHost) {
    copyPatterns.push({
      from: OFFICE_JS_NPM,
      to: "office-js",
      globOptions: { ignore: ["**/*.debug.js", "**/*.d.ts", "**/*vsdoc*"] },
      // Already minified: without this, terser spends over a minute on 30 MB of Microsoft's files.
      info: { minimized: true },
    });
  }

  return {
    mode,
    // Never an eval-based devtool: the pages' CSP forbids 'unsafe-eval'.
    devtool: "source-map",
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      ...(testHost ? { "taskpane-fake": FAKE_EXCEL_PAGE.entry } : {}),
    },
    output: {
      path: path.join(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules, so webpack can split at import() and shake trees; tsconfig says commonjs for Node.
            options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs, csp },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJs, csp },
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "src/taskpane/help.html",
        chunks: [],
        inject: false,
        templateParameters: { csp: helpCsp },
      }),
      ...(testHost
        ? [
            new HtmlWebpackPlugin({
              filename: "taskpane-fake.html",
              template: FAKE_EXCEL_PAGE.template,
              chunks: ["taskpane-fake"],
              templateParameters: { csp },
            }),
          ]
        : []),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      ...(production ? [new InitialJsBudgetPlugin()] : []),
    ],
    optimization: { splitChunks: { chunks: "all" } },
    performance: { hints: false },
    // A short log under `npm start`, so the sideload instructions stay in view.
    stats: serving ? "minimal" : { preset: "normal", assetsSpace: 30, excludeAssets: [/^office-js\//] },
    ...(serving
      ? {
          devServer: {
            host: "localhost",
            port: 3000,
            server: { type: "https", options: await devCertificates() },
            static: false,
            onListening: () => console.log(sideloadHelp()),
          },
        }
      : {}),
  };
};

module.exports.addinBaseUrl = addinBaseUrl;
module.exports.rewriteManifest = rewriteManifest;
module.exports.DEV_BASE_URL = DEV_BASE_URL;
