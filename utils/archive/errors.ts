/**
 * Storage failures the user must be told about in words, not a stack trace. Errors cross the
 * message channel as strings ("QuotaExceededError: …", see utils/ext/messaging.ts errorMessage).
 */

/** True when an error (or its message string) says the browser's storage quota is exhausted. */
export function isDiskFull(e: unknown): boolean {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return /QuotaExceeded|quota|disk is full|NS_ERROR_FILE_NO_DEVICE_SPACE/i.test(text);
}
