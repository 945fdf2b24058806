/** Unit, adapter and CLI tests. The browser end-to-end tests run through `npm run test:e2e`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/", "/test/interop/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json", isolatedModules: true }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
