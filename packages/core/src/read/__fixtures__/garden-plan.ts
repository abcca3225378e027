// A small bilingual document of our own (not benchmark text), written for the readers' tests: a title,
// numbered headings, paragraphs, a list, a table and a footnote, in Chinese and in English.

export interface SampleDocument {
  readonly title: string
  readonly sections: readonly SampleSection[]
}

export interface SampleSection {
  readonly heading: string
  readonly paragraphs: readonly string[]
  readonly list?: readonly string[]
  readonly table?: readonly (readonly string[])[]
  /** A footnote referred to at the end of the section's first paragraph. */
  readonly note?: string
}

export const gardenPlan: Readonly<Record<'zh' | 'en', SampleDocument>> = {
  zh: {
    title: '社区花园计划',
    sections: [
      {
        heading: '一、背景',
        paragraphs: [
          '城市里的空地越来越少，居民却希望有更多的绿色空间。去年，我们在三个街区试办了社区花园。',
          '参加的家庭种了蔬菜和花草；孩子们学会了浇水和施肥。“这是我第一次种番茄！”一位老人说。',
        ],
        note: '试点街区为东湖、南山和西桥。',
      },
      {
        heading: '二、目标',
        paragraphs: ['到2027年，每个街区至少建成一座花园。花园应当向所有居民开放。'],
        list: ['选定适合的场地；', '招募志愿者；', '每季度报告进展。'],
      },
      {
        heading: '三、预算',
        paragraphs: ['预算分为三项。'],
        table: [
          ['项目', '金额'],
          ['种子和工具', '一万二千元'],
        ],
      },
    ],
  },
  en: {
    title: 'Community Garden Plan',
    sections: [
      {
        heading: '1. Background',
        paragraphs: [
          'There is less and less open land in the city, yet residents want more green space. Last year we tried community gardens in three neighbourhoods.',
          'The families taking part grew vegetables and flowers; the children learnt to water and to fertilise. "This is the first time I have grown tomatoes!" said one old man.',
        ],
        note: 'The pilot neighbourhoods were East Lake, South Hill and West Bridge.',
      },
      {
        heading: '2. Objectives',
        paragraphs: ['By 2027 every neighbourhood should have at least one garden. The gardens should be open to all residents.'],
        list: ['Choose suitable sites;', 'Recruit volunteers;', 'Report progress every quarter.'],
      },
      {
        heading: '3. Budget',
        paragraphs: ['The budget has three items.'],
        table: [
          ['Item', 'Amount'],
          ['Seeds and tools', '12,000 yuan'],
        ],
      },
    ],
  },
}

/** The document as plain text: the title, then each heading, paragraph, list item and table cell on a line of its own, blank lines between; the note last. */
export function samplePlainText(document: SampleDocument): string {
  const blocks = [document.title]
  for (const section of document.sections) {
    blocks.push(section.heading, ...section.paragraphs, ...(section.list ?? []), ...(section.table ?? []).flat())
  }
  return `${blocks.join('\n\n')}\n`
}

/** The document as markdown: the title as `#`, each heading as `##`, the rest as {@link samplePlainText}; the note left out. */
export function sampleMarkdown(document: SampleDocument): string {
  const blocks = [`# ${document.title}`]
  for (const section of document.sections) {
    blocks.push(`## ${section.heading}`, ...section.paragraphs, ...(section.list ?? []), ...(section.table ?? []).flat())
  }
  return `${blocks.join('\n\n')}\n`
}

/** The running text's characters, white space dropped: what a reader must keep, in order. */
export function sampleRunningText(document: SampleDocument): string {
  return samplePlainText(document).replace(/\s+/g, '')
}

/** Characters HTML writes as references. */
const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The document as a web page, with a menu, a footer, a script and a style (none of them running text) and the note as a footnote. */
export function sampleHtml(document: SampleDocument, language: 'zh' | 'en'): string {
  const body: string[] = [`<h1>${escapeHtml(document.title)}</h1>`]
  let notes = ''
  document.sections.forEach((section, index) => {
    body.push(`<h2>${escapeHtml(section.heading)}</h2>`)
    section.paragraphs.forEach((paragraph, at) => {
      const reference = at === 0 && section.note !== undefined ? `<sup><a href="#fn${index + 1}" id="ref${index + 1}">[${index + 1}]</a></sup>` : ''
      body.push(`<p>\n  ${escapeHtml(paragraph)}${reference}\n</p>`)
    })
    if (section.note !== undefined) notes += `<li id="fn${index + 1}"><p>${escapeHtml(section.note)}</p></li>`
    if (section.list) body.push(`<ul>${section.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}</ul>`)
    if (section.table) body.push(`<table>${section.table.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('\n')}</table>`)
  })
  return [
    '<!DOCTYPE html>',
    `<html lang="${language === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${escapeHtml(document.title)}</title>`,
    '<style>p { margin: 0 }</style><script>var menu = "<p>not text</p>";</script></head><body>',
    `<nav><a href="/">${language === 'zh' ? '首页' : 'Home'}</a> · <a href="/news">${language === 'zh' ? '新闻' : 'News'}</a></nav>`,
    `<main>${body.join('\n')}<section class="footnotes"><ol>${notes}</ol></section></main>`,
    `<footer>© 2026 ${language === 'zh' ? '社区' : 'Community'}</footer></body></html>`,
  ].join('\n')
}

/**
 * The document as an EPUB's chapters, a section a chapter: the first opens with its heading as `h1`, the
 * others carry theirs only as their `title` (a reader must head them with it). The book's title is in
 * its package document, not in the running text.
 */
export function sampleEpubChapters(document: SampleDocument, language: 'zh' | 'en'): string[] {
  return document.sections.map((section, index) => {
    const paragraphs = section.paragraphs.map((paragraph, at) => {
      const reference = at === 0 && section.note !== undefined ? `<a epub:type="noteref" href="#n${index}">${index + 1}</a>` : ''
      return `<p>${escapeHtml(paragraph)}${reference}</p>`
    })
    const note = section.note === undefined ? '' : `<aside epub:type="footnote" id="n${index}"><p>${escapeHtml(section.note)}</p></aside>`
    const list = section.list === undefined ? '' : `<ol>${section.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ol>`
    const table = section.table === undefined ? '' : `<table>${section.table.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('')}</table>`
    const heading = index === 0 ? `<h1>${escapeHtml(section.heading)}</h1>` : ''
    return `<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${language === 'zh' ? 'zh-CN' : 'en'}"><head><title>${escapeHtml(section.heading)}</title></head><body>${heading}${paragraphs.join('')}${list}${table}${note}</body></html>`
  })
}
