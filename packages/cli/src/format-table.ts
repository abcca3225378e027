/** Columns a character takes in a terminal: two for Han, kana, hangul and full-width forms, else one. */
export function displayWidth(text: string): number {
  let width = 0
  for (const character of text) width += WIDE.test(character) ? 2 : 1
  return width
}

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]/u

/** Cuts a text to at most `width` columns, ending it with "…" when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text
  let result = ''
  let used = 0
  for (const character of text) {
    const next = WIDE.test(character) ? 2 : 1
    if (used + next > width - 1) break
    result += character
    used += next
  }
  return `${result}…`
}

/** Pads a text with spaces to `width` columns, on the right (or on the left with `alignRight`). */
export function pad(text: string, width: number, alignRight = false): string {
  const padding = ' '.repeat(Math.max(0, width - displayWidth(text)))
  return alignRight ? padding + text : text + padding
}

/** Options of `formatTable`. */
export interface TableOptions {
  /** Widest a column may be, in terminal columns; longer cells are cut with "…". Default 60. */
  readonly maxWidth?: number
  /** Indices of the columns aligned right (numbers). */
  readonly alignRight?: readonly number[]
}

/** A plain-text table: a header, a rule, one line a row, columns two spaces apart, wide characters measured. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const maxWidth = options.maxWidth ?? 60
  const cells = [headers, ...rows].map((row) => row.map((cell) => truncate(cell.replace(/\s+/g, ' '), maxWidth)))
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => displayWidth(row[column] ?? ''))))
  const line = (row: readonly string[]): string =>
    row.map((cell, column) => pad(cell, widths[column]!, options.alignRight?.includes(column) ?? false)).join('  ').trimEnd()
  const [head, ...body] = cells
  return [line(head!), widths.map((width) => '─'.repeat(width)).join('  '), ...body.map(line)].join('\n') + '\n'
}

/** Wraps each match span of `text` in the given marks (offsets are UTF-16, end exclusive, sorted, disjoint). */
export function markSpans(text: string, spans: readonly { start: number; end: number }[], open: string, close: string): string {
  let result = ''
  let at = 0
  for (const span of spans) {
    result += text.slice(at, span.start) + open + text.slice(span.start, span.end) + close
    at = span.end
  }
  return result + text.slice(at)
}
