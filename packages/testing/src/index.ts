export { testingErrors } from './errors.js';
export type { ProbeEncodeInput, ProbeEncoder } from './file-size-probe.js';
export { fileSizeProbeProblems } from './file-size-probe.js';
export type { SampleRun } from './sample-run.js';
export { formatItem, renderedFileSizeProblems, runSample, samplePassProblems } from './sample-run.js';
export { sharpProbeEncoder } from './sharp-probe-encoder.js';
export { specConsistencyProblems } from './spec-consistency.js';
export type { SpecPipelineOptions, TestSpecPluginOptions } from './test-spec-plugin.js';
export { testSpecPlugin } from './test-spec-plugin.js';
