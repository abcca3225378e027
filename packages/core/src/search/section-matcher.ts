/** Whether a section id is `section` or one of its subsections (`4` holds 4.1 … 4.7, not 40). */
export function sectionMatcher(section: string): (id: string) => boolean {
  const prefix = `${section}.`
  return (id) => id === section || id.startsWith(prefix)
}
