import { CommentRangeEnd, CommentRangeStart, CommentReference, Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'
import type { SampleDocument } from './garden-plan.js'

/** The comment the Word version carries on its first heading: a reviewer's remark, never running text. */
export const SAMPLE_COMMENT = 'Check this heading against the client glossary.'

/** The document as a Word .docx file made with the docx library: heading styles, a bulleted list, a table, a footnote and a comment. */
export async function sampleDocx(document: SampleDocument): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [new Paragraph({ text: document.title, heading: HeadingLevel.TITLE })]
  const footnotes: Record<number, { children: Paragraph[] }> = {}
  document.sections.forEach((section, index) => {
    const heading = index === 0
      ? new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new CommentRangeStart(0), new TextRun(section.heading), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] })
      : new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 })
    children.push(heading)
    section.paragraphs.forEach((text, at) => {
      const runs: (TextRun | FootnoteReferenceRun)[] = [new TextRun(text)]
      if (at === 0 && section.note !== undefined) {
        const id = Object.keys(footnotes).length + 1
        footnotes[id] = { children: [new Paragraph(section.note)] }
        runs.push(new FootnoteReferenceRun(id))
      }
      children.push(new Paragraph({ children: runs }))
    })
    for (const item of section.list ?? []) children.push(new Paragraph({ text: item, bullet: { level: 0 } }))
    if (section.table) {
      children.push(new Table({ rows: section.table.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })) }))
    }
  })
  const file = new Document({
    comments: { children: [{ id: 0, author: 'Reviewer', date: new Date('2026-01-01T00:00:00Z'), children: [new Paragraph(SAMPLE_COMMENT)] }] },
    footnotes,
    sections: [{ children }],
  })
  return new Uint8Array(await Packer.toBuffer(file))
}
