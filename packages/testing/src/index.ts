export { specConsistencyProblems } from './spec-consistency.js';
export type { TestSpecPluginOptions } from './test-spec-plugin.js';
export { testSpecPlugin } from './test-spec-plugin.js';
