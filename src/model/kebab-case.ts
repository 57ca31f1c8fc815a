/** Ids, theme names and file names of slides: lower-case letters, digits and single hyphens. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a kebab-case name such as `sora-progress`. */
export function isKebabCase(name: string): boolean {
  return KEBAB_CASE.test(name);
}
