/** Two projects: `unit` needs nothing but Node; `e2e` needs LibreOffice and Chromium. */
const transform = { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] };
const moduleNameMapper = {
  "^strip-bom$": "<rootDir>/node_modules/strip-bom/index.js",
  "^uuid$": "<rootDir>/node_modules/uuid/dist/index.js",
};

module.exports = {
  // Jest reads testTimeout only at the top level; e2e tests that start LibreOffice or Chromium need it.
  testTimeout: 180000,
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform,
      moduleNameMapper,
      testMatch: ["<rootDir>/test/**/*.test.ts?(x)"],
      testPathIgnorePatterns: ["/node_modules/", "\\.e2e\\.test\\.tsx?$"],
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      transform,
      moduleNameMapper,
      testMatch: ["<rootDir>/test/**/*.e2e.test.ts?(x)"],
    },
  ],
};
