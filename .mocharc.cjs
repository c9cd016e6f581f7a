// Mocha configuration. `npx mocha` runs the whole unit suite; `npx mocha
// test/unit/x.test.ts` runs only the files named (a spec in the config would
// otherwise be added to them).
const named = process.argv.slice(2).some((a) => !a.startsWith('-') && /\.(test\.)?[cm]?[jt]s$/.test(a));
module.exports = {
  // tsx registered in mocha's own process (`node-option` would start a
  // second Node process for the flag).
  require: ['tsx'],
  spec: named ? [] : ['test/unit/**/*.test.ts'],
  extension: ['ts'],
  timeout: 20000,
  reporter: 'spec',
  exit: true,
};
