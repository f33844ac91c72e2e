// Run by src/instrumentation.ts when the server starts: open-data configuration that would
// publish wrong data ends the process. Next only logs a failing instrumentation hook and goes
// on serving, and the operator must see the mistake at once instead. Node only (process.exit).
import { readOcidPrefix } from './ocid-prefix';

export function exitOnInvalidOpenDataConfiguration(): void {
  try {
    readOcidPrefix();
  } catch (error) {
    console.error(`Trappan did not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
