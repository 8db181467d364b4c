/**
 * The order in which vitest hands test files to its workers: the longest first, whatever their
 * project, so that a long file never starts last and leaves the other cores idle at the end.
 * "Longest" is the file's duration in the previous run (vitest's results cache), or for a file
 * without one (a fresh checkout, as on CI) the estimate below. Only the order depends on it:
 * what a test checks, and whether it passes, does not.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import path from 'node:path';

/**
 * Seconds a file took on a quiet 2-core machine, for files that build sites or drive a browser;
 * any other file counts as 1 s. Rough is enough: only the longest few need to start first.
 */
const ESTIMATE: Record<string, number> = {
  'tests/e2e/accessibility.spec.ts': 150,
  'tests/build/rebuild-site.test.ts': 90,
  'tests/e2e/privacy.spec.ts': 60,
  'tests/build/rebuild.test.ts': 45,
  'tests/build/round-corpus.test.ts': 35,
  'tests/build/commands.test.ts': 30,
  'tests/e2e/editor.spec.ts': 25,
  'tests/build/search-page.test.ts': 20,
  'tests/build/html-quality.test.ts': 40,
  'tests/build/body-kinds.test.ts': 30,
  'tests/build/records.test.ts': 30,
  'tests/build/municipality-tools.test.ts': 15,
  'tests/build/new-content.test.ts': 15,
  'tests/build/search-relevance-kinds.test.ts': 10,
  'tests/build/real-registers.test.ts': 15,
  'tests/build/update-round.test.ts': 15,
  'tests/e2e/screenshots.spec.ts': 15,
  'tests/build/theme.test.ts': 12,
  'tests/e2e/keyboard.spec.ts': 10,
  'tests/build/search-budget.test.ts': 10,
  'tests/build/xss.test.ts': 9,
  'tests/build/record-roles.test.ts': 9,
  'tests/build/reports.test.ts': 9,
  'tests/build/report-fidelity.test.ts': 9,
  'tests/build/open-data-formulas.test.ts': 9,
  'tests/build/editie.test.ts': 5,
  'tests/build/paged-site.test.ts': 5,
  'tests/build/bench.test.ts': 40,
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const expected = (spec: TestSpecification): number => {
      const cached = this.ctx.cache.getTestSpecificationResult(spec);
      if (cached && !cached.failed && cached.duration > 0) return cached.duration / 1000;
      return ESTIMATE[path.relative(root, spec.moduleId).split(path.sep).join('/')] ?? 1;
    };
    const seconds = new Map(files.map((spec) => [spec, expected(spec)]));
    return [...files].sort((a, b) => (seconds.get(b) ?? 0) - (seconds.get(a) ?? 0));
  }
}
