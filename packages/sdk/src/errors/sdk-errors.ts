import { defineErrorCodes } from './define-error-codes.js';

/** Error codes raised by the SDK core: registrar, orchestrator, spec helpers. */
export const sdkErrors = defineErrorCodes({
  SDK_PLUGIN_INVALID_MANIFEST: {
    status: 500,
    message: 'A plugin manifest is invalid.',
    cause: 'definePlugin() received a manifest that does not match the schema (`details.issues`).',
    fix: 'Fix the manifest fields named in `details.issues`.',
  },
  SDK_PLUGIN_INVALID_OPTIONS: {
    status: 500,
    message: 'A plugin was given invalid options.',
    cause: "The options passed to the plugin factory do not match the plugin's options schema.",
    fix: 'Fix the option paths named in `details.issues` (see the plugin docs for the options table).',
  },
  SDK_PLUGIN_DUPLICATE: {
    status: 500,
    message: 'The same plugin is registered twice.',
    cause: 'Two entries of `plugins` have the same name (`details.plugin`).',
    fix: 'Register each plugin once; pass several configurations through its options instead.',
  },
  SDK_PLUGIN_SDK_MISMATCH: {
    status: 500,
    message: 'A plugin was built for a different SDK version.',
    cause: "The plugin's `sdk` semver range does not include this SDK (`details.range`, `details.sdk`).",
    fix: 'Upgrade the plugin or the SDK so the versions match.',
  },
  SDK_PLUGIN_MISSING_REQUIREMENT: {
    status: 500,
    message: 'A plugin needs a capability no registered plugin provides.',
    cause: '`details.plugin` requires `details.requirement`, which nothing in `plugins` provides.',
    fix: 'Add a plugin that provides the capability (see the plugin docs).',
  },
  SDK_PLUGIN_CONFLICT: {
    status: 500,
    message: 'Two plugins provide the same capability.',
    cause: 'A single-implementation stage or a collection id (`details.capability`) is provided twice.',
    fix: 'Keep one of `details.plugins`.',
  },
  SDK_PLUGIN_PROVISION_MISMATCH: {
    status: 500,
    message: 'A plugin manifest and what its setup provides disagree.',
    cause:
      '`setup()` provided a capability missing from `provides`, or skipped a declared one (`details.capability`).',
    fix: 'List exactly the capabilities the plugin provides in its manifest.',
  },
  SDK_PLUGIN_SETUP_FAILED: {
    status: 500,
    message: 'A plugin failed during setup.',
    cause: '`setup()` threw (`cause` holds the original error).',
    fix: 'Check the plugin options and environment.',
  },
  SDK_STAGE_MISSING: {
    status: 500,
    message: 'A pipeline stage has no implementation.',
    cause: 'No registered plugin provides `details.capability`.',
    fix: 'Register a plugin that provides it (e.g. `@idphoto/matting-isnet` for matting).',
  },
  SDK_NOT_FOUND: {
    status: 404,
    message: 'No registered item has that id.',
    cause: '`details.capability` has no member with the requested id; `details.known` lists the ids.',
    fix: 'Use one of `details.known` or register a plugin that provides it.',
  },
  SDK_SPEC_INVALID: {
    status: 500,
    message: 'A spec definition is invalid.',
    cause: 'The spec does not match the SpecDefinition schema (`details.issues`).',
    fix: 'Fix the fields named in `details.issues`.',
  },
  SDK_BACKGROUND_NOT_ALLOWED: {
    status: 400,
    message: 'This background colour is not allowed by the spec.',
    cause: 'The requested background is not one of the spec options (`details.allowed`).',
    fix: 'Choose one of `details.allowed`.',
  },
  SDK_BACKGROUND_INVALID: {
    status: 400,
    message: 'The background colour is not a name or a #rrggbb colour.',
    cause:
      'It could not be parsed, or an `{ r, g, b }` colour has a channel that is not a whole number 0–255.',
    fix: 'Pass an option id such as `blue`, or a colour such as `#64c5ff`.',
  },
  SDK_EDIT_NOT_ALLOWED: {
    status: 400,
    message: 'The spec forbids this edit.',
    cause:
      'The authority behind `details.spec` does not accept `details.edit` (the spec sets `edits` to `details.allowed`).',
    fix: 'Make the photo without that option; for `none`, shoot against a compliant background.',
  },
  SDK_INVALID_INPUT: {
    status: 400,
    message: 'The request is invalid.',
    cause: 'An argument does not match its schema (`details.issues`).',
    fix: 'Fix the arguments named in `details.issues`.',
  },
  SDK_ABORTED: {
    status: 499,
    message: 'The operation was cancelled.',
    cause: 'The AbortSignal fired.',
    fix: 'Nothing to fix; retry if it was not intended.',
  },
});
