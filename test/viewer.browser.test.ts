/**
 * Drives the viewer page (`duiqi view`) in Debian's Chromium with playwright-core: the page loads
 * without console errors or network requests, shows one row per bead, the search box filters, the
 * glossary highlights counterparts, and a click on the alignment plot scrolls to its row. Saves
 * screenshots to out/ (out/viewer.png, out/viewer-filtered.png) for a person to look at.
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`; .ci/run installs it); never downloads a
 * browser. Skips, saying so, when Chromium is missing.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { nirActionPlan } from '@duiqi/data'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../packages/cli/src/__fixtures__/run-cli.js'

const CHROMIUM = '/usr/bin/chromium'
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
/** A laptop screen. */
const VIEWPORT = { width: 1366, height: 768 }
const OUT_DIR = fileURLToPath(new URL('../out/', import.meta.url))

const hasChromium = existsSync(CHROMIUM)
if (!hasChromium) console.warn(`Skipping the viewer's browser test: ${CHROMIUM} is missing. Install it with \`apt-get install -y chromium\`.`)

/** Runs `duiqi` in-process and fails on a non-zero exit code, with its stderr. */
async function duiqi(argv: string[]): Promise<void> {
  const { code, stderr } = await runCli(argv)
  expect(code, stderr).toBe(0)
}

describe.skipIf(!hasChromium)('the viewer in Chromium', () => {
  let browser: Browser
  let page: Page
  const problems: string[] = []
  const requests: string[] = []

  beforeAll(async () => {
    mkdirSync(OUT_DIR, { recursive: true })
    const file = join(OUT_DIR, 'plan.html')
    await duiqi(['view', '--out', file])
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })
    page = await browser.newPage({ viewport: VIEWPORT })
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url())
    })
    await page.goto(pathToFileURL(file).href)
    await page.waitForSelector('html[data-viewer="ready"]')
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('loads with no console errors and no network request, one row per bead', async () => {
    expect(problems).toEqual([])
    expect(requests).toEqual([])
    const beads = [...nirActionPlan.beads()].map((bead) => bead.id)
    expect(await page.locator('tr[data-bead]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-bead')))).toEqual(beads)
    expect(await page.locator('svg.plot a.mark').count()).toBe(beads.length)
    expect(await page.locator('tr.bead.weak').count()).toBeGreaterThanOrEqual(3)
    await page.screenshot({ path: join(OUT_DIR, 'viewer.png') })
  })

  it('filters rows from the search box, in either language', async () => {
    const total = await page.locator('tr[data-bead]').count()
    await page.fill('#filter', '中小企业')
    await expect.poll(() => visibleRows(page)).toBeLessThan(total)
    const chinese = await visibleRowTexts(page, 'td.zh')
    expect(chinese.length).toBeGreaterThan(2)
    for (const text of chinese) expect(text).toContain('中小企业')
    expect(await page.locator('#filter-count').textContent()).toBe(`${chinese.length} of ${total} beads`)
    await page.fill('#filter', 'standards')
    await expect.poll(async () => (await visibleRowTexts(page, 'td.en')).every((text) => /standards?/i.test(text))).toBe(true)
    expect(await page.locator('tr.bead:not([hidden]) td.en mark').count()).toBeGreaterThan(0)
    expect(await page.locator('tr.bead:not([hidden]) td.zh mark').count(), 'the glossary counterpart 标准 is marked too').toBeGreaterThan(0)
    await page.screenshot({ path: join(OUT_DIR, 'viewer-filtered.png') })
    await page.fill('#filter', '')
    await expect.poll(() => visibleRows(page)).toBe(total)
  })

  it('lights a glossary term’s counterpart in its row on hover', async () => {
    const term = page.locator('tr.bead td.en .term').first()
    const id = await term.getAttribute('data-term')
    await term.hover()
    const row = term.locator('xpath=ancestor::tr[1]')
    await expect.poll(() => row.locator(`td.zh .term.lit[data-term="${id}"]`).count()).toBeGreaterThan(0)
  })

  it('scrolls to a bead’s row when its mark on the alignment plot is clicked', async () => {
    const id = [...nirActionPlan.beads()].at(-5)!.id
    await page.evaluate(() => window.scrollTo(0, 0))
    const mark = page.locator(`svg.plot a.mark[data-bead="${id}"]`)
    const size = (await mark.boundingBox())!
    // The path runs up and to the right, so later marks may cover a mark's top right, never its bottom left.
    await mark.click({ position: { x: 1, y: size.height - 1 } })
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`)
    const box = await page.locator(`tr#${id}`).boundingBox()
    expect(box).not.toBeNull()
    expect(box!.y).toBeGreaterThanOrEqual(0)
    expect(box!.y).toBeLessThan(VIEWPORT.height)
    expect(problems).toEqual([])
  })

  it('prints legibly: no sidebar or search, every row shown', async () => {
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('aside.sidebar').isVisible()).toBe(false)
    expect(await page.locator('#filter').isVisible()).toBe(false)
    expect(await page.locator('tr[data-bead]').first().isVisible()).toBe(true)
    await page.screenshot({ path: join(OUT_DIR, 'viewer-print.png') })
    await page.emulateMedia({ media: 'screen' })
  })
})

async function visibleRows(page: Page): Promise<number> {
  return page.locator('tr[data-bead]:not([hidden])').count()
}

async function visibleRowTexts(page: Page, cell: string): Promise<string[]> {
  return page.locator(`tr[data-bead]:not([hidden]) ${cell}`).allTextContents()
}
