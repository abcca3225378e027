import { describe, expect, it } from 'vitest'
import { escapeHtml, formatScore, scoreColour, scriptJson } from './html.js'

describe('html helpers', () => {
  it('escapes markup, quotes and ampersands', () => {
    expect(escapeHtml(`<b a="1">R&D's</b>`)).toBe('&lt;b a=&quot;1&quot;&gt;R&amp;D&#39;s&lt;/b&gt;')
  })

  it('keeps JSON from closing its script element', () => {
    expect(scriptJson({ text: '</script><!--' })).toBe('{"text":"\\u003c/script>\\u003c!--"}')
    expect(JSON.parse(scriptJson({ text: '</script>' }))).toEqual({ text: '</script>' })
  })

  it('colours scores from red to green and prints them with two decimals', () => {
    expect(scoreColour(0)).toBe('hsl(0 70% 38%)')
    expect(scoreColour(1)).toBe('hsl(120 70% 38%)')
    expect(scoreColour(2)).toBe(scoreColour(1))
    expect(formatScore(0.33691)).toBe('0.34')
  })
})
