import { defineErrorCodes } from '@idphoto/sdk';

/** Error codes of the command line itself. */
export const cliErrors = defineErrorCodes({
  CLI_USAGE: {
    status: 400,
    message: 'Invalid command line.',
    cause: 'Unknown command or option, or a required argument is missing.',
    fix: 'Run `idphoto --help`.',
  },
  CLI_FILE_NOT_FOUND: {
    status: 400,
    message: 'An input file does not exist or cannot be read.',
    cause: 'The path given on the command line (`details.argument`) is not a readable file.',
    fix: 'Check the path.',
  },
  CLI_WRITE_FAILED: {
    status: 500,
    message: 'An output file could not be written.',
    cause: 'The directory does not exist or is not writable (`details.argument`).',
    fix: 'Check the output path and permissions.',
  },
});
