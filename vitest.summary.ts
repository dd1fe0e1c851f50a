import type { Reporter, TestModule } from "vitest/node"

/**
 * Prints one closing line, `N passed, N failed, N skipped`, after the default reporter's summary,
 * so that any tool reading the end of the output can count the tests.
 */
export default class SummaryReporter implements Reporter {
  private line = ""

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === "passed") passed++
        else if (state === "failed") failed++
        else skipped++
      }
      if (module.state() === "failed" && !module.children.size) failed++
    }
    this.line = `${passed} passed, ${failed} failed, ${skipped} skipped`
  }

  // Called after every reporter's onTestRunEnd, so the line comes after the default summary.
  onFinished(): void {
    if (this.line !== "") process.stdout.write(`${this.line}\n`)
  }
}
