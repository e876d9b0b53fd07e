/**
 * Folders of a generated project that hold the user's own code: generated once as a starting point,
 * then never regenerated, merged or listed in the manifest (`src/custom/` for Express, `app/custom/`
 * for FastAPI).
 */
export const customCodeDirs = ['src/custom/', 'app/custom/'] as const;

export function isCustomCode(file: string): boolean {
  return customCodeDirs.some((dir) => file.startsWith(dir));
}
