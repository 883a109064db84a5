export { cliErrors } from './errors.js';
export { EXIT, exitCodeFor } from './exit-codes.js';
export type { Lang } from './format-report.js';
export { formatReport } from './format-report.js';
export { type MainOptions, main } from './main.js';
