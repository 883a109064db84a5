#!/usr/bin/env node
import { isIdPhotoError } from '@idphoto/sdk';
import { start } from '../dist/main.js';

try {
  await start();
} catch (error) {
  // A declared error (such as an invalid IDPHOTO_* setting) is one line the operator can act on.
  if (!isIdPhotoError(error)) throw error;
  process.stderr.write(`${error.code}: ${error.message}\n`);
  process.exitCode = 1;
}
