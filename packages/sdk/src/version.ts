/** Version of this SDK; plugins declare the range they support in their manifest `sdk` field. */
export const SDK_VERSION = '0.1.0';
