/** Helpers for tests that validate content built from the fixtures in tests/fixtures/. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import {
  readContentFiles,
  validateContent,
  type ContentFile,
  type ValidateOptions,
} from '../../src/data/load.ts';
import {
  ContentValidationError,
  formatFieldPath,
  type ContentIssue,
} from '../../src/lib/content-errors.ts';

/** The fixtures folder. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** "Today" for every content test: the fixtures' dates are chosen around it. */
export const TODAY = '2026-11-22';

/** Path of a fixture, e.g. `fixturePath('content-minimal')`. */
export function fixturePath(...parts: string[]): string {
  return path.join(FIXTURES_DIR, ...parts);
}

/** Every file of a fixture content folder, in memory. */
export function readFixtureContent(name: string): ContentFile[] {
  return readContentFiles(fixturePath(name));
}

/** A copy of `files` with `file` added, or replacing the file with the same path. */
export function withFile(files: readonly ContentFile[], file: ContentFile): ContentFile[] {
  return [...files.filter((f) => f.path !== file.path), file];
}

/** A copy of `files` without the file at `contentPath`. */
export function withoutFile(files: readonly ContentFile[], contentPath: string): ContentFile[] {
  return files.filter((f) => f.path !== contentPath);
}

/** An issue as a test compares it: the field path written the way messages write it. */
export interface IssueSummary {
  file: string;
  field: string;
  nl: string;
  en: string;
  line: number | undefined;
}

function summarize(issue: ContentIssue): IssueSummary {
  return {
    file: issue.file,
    field: formatFieldPath(issue.path),
    nl: issue.nl,
    en: issue.en,
    line: issue.line,
  };
}

/** The error validateContent throws; fails the test when it does not throw one. */
export function getValidationError(
  files: readonly ContentFile[],
  options: ValidateOptions = {},
): ContentValidationError {
  try {
    validateContent(files, { today: TODAY, ...options });
  } catch (error) {
    if (error instanceof ContentValidationError) return error;
    throw error;
  }
  throw new Error('expected the content to be refused, but it validated');
}

/** The issues validateContent reports for `files`. */
export function getIssues(
  files: readonly ContentFile[],
  options: ValidateOptions = {},
): IssueSummary[] {
  return getValidationError(files, options).issues.map(summarize);
}
