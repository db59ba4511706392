/** What validation reports: problems with their paths, and how they are printed. */

/** One problem found in content, with the path to it (`blocks[3].rows[2]`). */
export interface ContentIssue {
  path: string;
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ContentIssue[] };

/** Formats issues one per line: `blocks[3].rows[2]: expected 3 cells, got 2`. */
export function formatIssues(issues: ContentIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('\n');
}
