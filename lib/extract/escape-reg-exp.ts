/** Text to match literally inside a built regular expression (a site's name, a class name). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
