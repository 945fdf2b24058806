/**
 * Builds the task pane (taskpane.html) and the ribbon function-command page (commands.html).
 *
 *   webpack --mode development                 dist/, office.js from Office's CDN
 *   webpack --mode production                  dist/, manifest URLs from IMR_ADDIN_URL (if set)
 *   webpack ... --env localOfficeJs            serve office.js from the pane's own origin
 *                                              (for networks that block appsforoffice.microsoft.com;
 *                                              the CDN is the route Microsoft supports)
 *   webpack ... --env e2e [--env outDir=DIR]   also build the end-to-end harness (test/e2e/harness)
 *   webpack serve --mode development           https://localhost:3000 with the Office dev certificates
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** The URL every resource in manifest.xml starts with during development. */
const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOCAL_OFFICE_JS = "office-js/office.js";

/** Entries only the e2e build has (test/e2e/harness). */
const HARNESS_ENTRIES = new Set(["harness", "panehost"]);

/** The HTML pages the build writes. test/manifest checks manifest.xml against this list. */
const PAGES = {
  taskpane: "taskpane.html",
  commands: "commands.html",
  help: "help.html",
};

/**
 * The production base URL (IMR_ADDIN_URL) with a trailing slash. Full validation of the
 * production manifest belongs to its own check; this only refuses what can never work.
 */
function productionUrl() {
  const raw = process.env.IMR_ADDIN_URL;
  if (!raw) return undefined;
  if (!/^https:\/\//i.test(raw)) {
    throw new Error(
      `IMR_ADDIN_URL must start with https:// (Office loads add-ins only over HTTPS); got "${raw}".`,
    );
  }
  return raw.endsWith("/") ? raw : `${raw}/`;
}

/** HTTPS options for the dev server: the Office developer certificates, or a clear fallback. */
async function devServerHttps() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (err) {
    const reason = err && err.message ? err.message.split("\n")[0] : String(err);
    console.warn(
      [
        "",
        "Could not create or read the Office developer certificates:",
        `  ${reason}`,
        "Serving https://localhost:3000 with a temporary self-signed certificate instead.",
        "Word will not load the add-in until it trusts the certificate. To fix this, run",
        "  npx office-addin-dev-certs install",
        "(on Linux, trust ~/.office-addin-dev-certs/ca.crt in your browser yourself), then start again.",
        "",
      ].join("\n"),
    );
    return { type: "https" };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || "development";
  const production = mode === "production";
  const e2e = Boolean(env.e2e);
  const localOfficeJs = Boolean(env.localOfficeJs);
  const serving = Boolean(env.WEBPACK_SERVE);
  const outDir = path.resolve(
    __dirname,
    typeof env.outDir === "string" ? env.outDir : e2e ? "dist-e2e" : "dist",
  );
  const addinUrl = production ? productionUrl() : undefined;
  if (production && !addinUrl) {
    console.warn(
      "IMR_ADDIN_URL is not set: dist/manifest.xml still points at https://localhost:3000/.",
    );
  }

  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
  };
  if (e2e) {
    entry.harness = "./test/e2e/harness/harness.ts";
    entry.panehost = "./test/e2e/harness/pane-host.ts";
  }

  const officeJsUrl = localOfficeJs ? LOCAL_OFFICE_JS : CDN_OFFICE_JS;

  const plugins = [
    new HtmlWebpackPlugin({
      filename: PAGES.taskpane,
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      templateParameters: { officeJsUrl },
    }),
    new HtmlWebpackPlugin({
      filename: PAGES.commands,
      template: "./src/commands/commands.html",
      chunks: ["commands"],
      templateParameters: { officeJsUrl },
    }),
    new HtmlWebpackPlugin({
      filename: PAGES.help,
      template: "./src/taskpane/help.html",
      chunks: [],
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        {
          from: "manifest.xml",
          to: "manifest.xml",
          transform(content) {
            return addinUrl ? content.toString().split(DEV_URL).join(addinUrl) : content;
          },
        },
        ...(localOfficeJs
          ? [
              {
                from: "node_modules/@microsoft/office-js/dist",
                to: "office-js",
                globOptions: {
                  // Word only: leave out the other hosts, debug builds and type files.
                  ignore: [
                    "**/*.debug.js",
                    "**/*.d.ts",
                    "**/office-vsdoc.js",
                    "**/{excel,outlook,onenote,powerpoint,project,visio,access,custom-functions}*",
                  ],
                },
              },
            ]
          : []),
      ],
    }),
  ];

  if (e2e) {
    // The harness: the fake Word document on the left, the task pane (an iframe, like Word's) on
    // the right. harness-pane.html is the pane with the fake host (panehost, first) instead of office.js.
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "harness.html",
        template: "./test/e2e/harness/harness.html",
        chunks: ["harness"],
      }),
      new HtmlWebpackPlugin({
        filename: "harness-pane.html",
        template: "./test/e2e/harness/pane.html",
        chunks: ["panehost", "taskpane"],
        chunksSortMode: "manual",
      }),
    );
  }

  const config = {
    mode,
    entry,
    output: {
      path: outDir,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    // Source maps in development only; eval-free so the pane needs no 'unsafe-eval'.
    devtool: production ? false : "source-map",
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type-checking is `npm run typecheck`; the build only transpiles (fast, and other
            // folders' work in progress cannot break the pane's build).
            options: {
              transpileOnly: true,
              compilerOptions: { noEmit: false, sourceMap: !production },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        // The harness's own entries stay whole: they load beside the pane, not instead of it.
        chunks: (chunk) => !HARNESS_ENTRIES.has(chunk.name),
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            chunks: (chunk) => chunk.canBeInitial() && !HARNESS_ENTRIES.has(chunk.name),
            priority: 30,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc|use-sync-external-store|@emotion)[\\/]/,
            name: "fluent",
            chunks: (chunk) => chunk.canBeInitial() && !HARNESS_ENTRIES.has(chunk.name),
            priority: 20,
          },
        },
      },
    },
    performance: {
      hints: production ? "warning" : false,
      // One chunk may be large before gzip; the real budget (300 KB gzipped initial JS) is
      // measured by scripts/bundle-size.mjs.
      maxEntrypointSize: 1_200_000,
      maxAssetSize: 900_000,
    },
    plugins,
    devServer: {
      port: DEV_PORT,
      host: "localhost",
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      server: serving ? await devServerHttps() : "https",
    },
  };
  return config;
};

module.exports.PAGES = PAGES;
module.exports.DEV_URL = DEV_URL;
