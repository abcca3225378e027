/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ENTITIES[character]!)
}

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** JSON that is safe inside a `<script type="application/json">` element: no `<` can close it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

/** A bead score as a colour from red (0) through amber to green (1), readable on white and in print. */
export function scoreColour(score: number): string {
  const clamped = Math.min(1, Math.max(0, score))
  return `hsl(${Math.round(clamped * 120)} 70% 38%)`
}

/** A bead score as shown: two decimals. */
export function formatScore(score: number): string {
  return score.toFixed(2)
}
