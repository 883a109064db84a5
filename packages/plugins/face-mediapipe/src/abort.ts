import { sdkErrors } from '@idphoto/sdk';

/** Throws `SDK_ABORTED` when the caller's signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw sdkErrors.create('SDK_ABORTED', { cause: signal.reason });
}
