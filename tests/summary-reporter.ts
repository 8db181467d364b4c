/**
 * After vitest's own summary: the test files that took longest (where a slow run's time went),
 * then one plain closing line, `Tests: N passed, N failed, N skipped`, that any CI log reader
 * understands. The durations are only printed; no test depends on them.
 */
import type { Reporter, TestModule } from 'vitest/node';

/** How many of the slowest files are listed. */
const SLOWEST = 15;

export default class SummaryReporter implements Reporter {
  private started = 0;

  onTestRunStart(): void {
    this.started = Date.now();
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      // A file that failed to load counts as a failure even though it ran no test.
      if (
        module.state() === 'failed' &&
        ![...module.children.allTests()].some((t) => t.result().state === 'failed')
      )
        failed++;
    }
    // A file's time: importing it and running its tests and hooks (a shared site it waited for included).
    const files = testModules.map((module) => {
      const { collectDuration, duration } = module.diagnostic();
      return {
        project: module.project.name,
        file: module.relativeModuleId,
        seconds: (collectDuration + duration) / 1000,
      };
    });
    const byProject = new Map<string, number>();
    for (const { project, seconds } of files)
      byProject.set(project, (byProject.get(project) ?? 0) + seconds);
    const lines = [
      '',
      `Slowest test files (of ${files.length}; ${((Date.now() - this.started) / 1000).toFixed(0)} s from start to end, files run side by side):`,
      ...files
        .toSorted((a, b) => b.seconds - a.seconds)
        .slice(0, SLOWEST)
        .map(
          ({ project, file, seconds }) =>
            `  ${seconds.toFixed(1).padStart(6)} s  ${project.padEnd(5)}  ${file}`,
        ),
      `Sum per project: ${[...byProject].map(([project, seconds]) => `${project || '(root)'} ${seconds.toFixed(0)} s`).join(', ')}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    process.stdout.write(
      `\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
    );
  }
}
