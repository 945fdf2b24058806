/**
 * Builds the task pane (taskpane.html) and the ribbon function-command page (commands.html).
 *
 *   webpack --mode development                 dist/, office.js from Office's CDN
 *   webpack --mode production                  dist/, manifest URLs from IMR_ADDIN_URL (required;
 *                                              config/organisation.json copied in when present)
 *   webpack ... --env organisationFile=PATH    the organisation's settings file from PATH instead
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
 * The production base URL (IMR_ADDIN_URL) with a trailing slash. Refuses what can never work in
 * Word for the organisation's users: not a URL, not https, localhost, or with a query, fragment or
 * password. undefined when it is not set.
 */
function productionUrl(raw = process.env.IMR_ADDIN_URL) {
  if (!raw) return undefined;
  const example = "e.g. IMR_ADDIN_URL=https://addins.example.gov.uk/imr/ npm run build";
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw refusal(
      `IMR_ADDIN_URL is not a URL: "${raw}". Give the https address the add-in is served from, ${example}`,
    );
  }
  if (url.protocol !== "https:") {
    throw refusal(
      `IMR_ADDIN_URL must start with https:// (Office loads add-ins only over HTTPS); got "${raw}".`,
    );
  }
  if (["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)) {
    throw refusal(
      `IMR_ADDIN_URL must be your organisation's server, not ${url.hostname}: a production build is for deploying (use npm start to develop).`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw refusal(
      `IMR_ADDIN_URL must be a plain folder address, without ?query, #fragment or password; got "${raw}".`,
    );
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** An error for a build that must not go ahead: printed as its message alone, without a stack. */
function refusal(message) {
  const error = new Error(message);
  error.stack = message;
  return error;
}

/** Why a production build into dist/ needs IMR_ADDIN_URL. */
const MISSING_URL_MESSAGE = [
  "IMR_ADDIN_URL is not set, so dist/manifest.xml would point at https://localhost:3000/ and the",
  "add-in would not load for anyone. Build with the https address you will serve dist/ from:",
  "  IMR_ADDIN_URL=https://addins.example.gov.uk/imr/ npm run build",
  '(Windows PowerShell: $env:IMR_ADDIN_URL="https://addins.example.gov.uk/imr/"; npm run build). See DEPLOYMENT.md.',
].join("\n");

/** Office's script host: office.js and the scripts office.js loads next (same host and path). */
const OFFICE_SCRIPT_ORIGIN = "https://appsforoffice.microsoft.com";

/**
 * The Content-Security-Policy of every page (a <meta> tag in each HTML template; DEPLOYMENT.md
 * gives the same policy as an HTTP header, plus frame-ancestors, which a <meta> tag can't carry).
 *  - script-src: the pane's own origin and Office's script host (office.js loads its host-specific
 *    script, e.g. word-web-16.00.js, its strings and its telemetry module from the same place).
 *    No 'unsafe-eval' (no eval-based source maps; zod runs jitless, see src/taskpane/config).
 *  - style-src 'unsafe-inline': the pages' own <style> block, the <style> elements Fluent UI
 *    (Griffel) inserts at run time, and office.js's inline styles (checked: without it the e2e run
 *    reports violations).
 *  - connect-src 'self': the pane fetches only config/organisation.json, from its own origin.
 *    This also stops office.js's own usage telemetry (*.pipe.aria.microsoft.com).
 *  - frame-src: office.js's own error page (AgaveErrorUX), from where office.js came.
 */
function contentSecurityPolicy({ localOfficeJs = false, serving = false } = {}) {
  const office = localOfficeJs ? "'self'" : OFFICE_SCRIPT_ORIGIN;
  const scripts = localOfficeJs ? ["'self'"] : ["'self'", OFFICE_SCRIPT_ORIGIN];
  // The dev server's live reload talks over a WebSocket to the same host.
  const connect = serving ? ["'self'", `wss://localhost:${DEV_PORT}`] : ["'self'"];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src ${connect.join(" ")}`,
    `frame-src ${office}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** A path as the person building would write it: relative below the current folder. */
function shortPath(file) {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith("..") ? file : rel;
}

/** The organisation's settings file, copied into the build when it exists (see DEPLOYMENT.md). */
const ORGANISATION_FILE = "config/organisation.json";

/**
 * Problems with config/organisation.json, read with the pane's own validation (src/core/config,
 * loaded through tsx), so a production build refuses a file the pane would ignore.
 */
function organisationFileProblems(file) {
  const { require: tsxRequire } = require("tsx/cjs/api");
  const { parseOrganisationJson } = tsxRequire("./src/core/config/index.ts", __filename);
  const text = require("node:fs").readFileSync(file, "utf8");
  return parseOrganisationJson(text).problems.map((p) => `  ${p.path}: ${p.message}`);
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
    // dist/ is what gets deployed: refuse. A build elsewhere (--env outDir=..., e.g. the bundle
    // size measurement) may keep the development URLs, with a warning.
    if (typeof env.outDir !== "string") throw refusal(MISSING_URL_MESSAGE);
    console.warn(`IMR_ADDIN_URL is not set: ${env.outDir}/manifest.xml points at ${DEV_URL}.`);
  }
  // --env organisationFile=PATH takes the organisation's file from elsewhere (default config/).
  const organisationFile = path.resolve(
    __dirname,
    typeof env.organisationFile === "string" ? env.organisationFile : ORGANISATION_FILE,
  );
  if (
    typeof env.organisationFile === "string" &&
    !require("node:fs").existsSync(organisationFile)
  ) {
    throw refusal(`--env organisationFile: there is no file ${organisationFile}.`);
  }
  const hasOrganisationFile = !e2e && require("node:fs").existsSync(organisationFile);
  if (production && hasOrganisationFile) {
    const problems = organisationFileProblems(organisationFile);
    if (problems.length > 0) {
      throw refusal(
        `${shortPath(organisationFile)} has problems (the pane would ignore it and use its built-in settings):\n${problems.join("\n")}`,
      );
    }
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
  const csp = contentSecurityPolicy({ localOfficeJs, serving });

  const plugins = [
    new HtmlWebpackPlugin({
      filename: PAGES.taskpane,
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      templateParameters: { officeJsUrl, csp },
    }),
    new HtmlWebpackPlugin({
      filename: PAGES.commands,
      template: "./src/commands/commands.html",
      chunks: ["commands"],
      templateParameters: { officeJsUrl, csp },
    }),
    new HtmlWebpackPlugin({
      filename: PAGES.help,
      template: "./src/taskpane/help.html",
      chunks: [],
      templateParameters: { csp },
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        {
          from: "manifest.xml",
          to: "manifest.xml",
          transform(content) {
            if (!addinUrl) return content;
            // The comments are notes for developers (and name the development URL): leave them out.
            return content
              .toString()
              .replace(/<!--[\s\S]*?-->\s*/g, "")
              .split(DEV_URL)
              .join(addinUrl);
          },
        },
        ...(hasOrganisationFile ? [{ from: organisationFile, to: ORGANISATION_FILE }] : []),
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
        templateParameters: { csp },
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
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.productionUrl = productionUrl;
