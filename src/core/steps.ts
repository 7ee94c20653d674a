// Long jobs in the core (unpacking a corpus, restoring an index) are written as step generators, so
// the extension host can spread them over event-loop turns; elsewhere they simply run to the end.

/** Runs a step generator to its end at once and returns its result. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
