/**
 * The `imr` command line as one Node file, dist/cli/imr.js, run by bin/imr.js:
 *   npm run build:cli && node bin/imr.js --help
 *   (--env outDir=DIR builds elsewhere; IMR_CLI_BUNDLE=DIR/imr.js makes bin/imr.js run that one)
 * (`npm run imr -- ...` runs the TypeScript directly with tsx and needs no build.)
 */
const path = require("node:path");

module.exports = (env = {}) => ({
  mode: "production",
  target: "node20",
  entry: { imr: "./src/cli/main.ts" },
  output: {
    path: env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, "dist", "cli"),
    filename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
  },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { noEmit: false, module: "ESNext" } },
        },
      },
    ],
  },
  optimization: { minimize: false },
  performance: { hints: false },
  devtool: false,
});
