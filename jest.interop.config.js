/** Round trips through LibreOffice (`soffice`), a reader no one here wrote. */
const base = require("./jest.config.js");
module.exports = { ...base, roots: ["<rootDir>/test/interop"], testPathIgnorePatterns: ["/node_modules/"], testTimeout: 120000 };
