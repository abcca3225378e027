import { strToU8, zipSync } from 'fflate'
import { sampleEpubChapters, type SampleDocument } from './garden-plan.js'

/** The document as an EPUB 3 e-book, zipped with fflate: the stored `mimetype` first, the container, the package document, a chapter a section. */
export function sampleEpub(document: SampleDocument, language: 'zh' | 'en'): Uint8Array {
  const chapters = sampleEpubChapters(document, language)
  const manifest = chapters.map((_, index) => `<item id="c${index}" href="text/ch${index}.xhtml" media-type="application/xhtml+xml"/>`).reverse().join('')
  // The spine lists the chapters in an order the manifest does not: the reader must follow the spine.
  const spine = chapters.map((_, index) => `<itemref idref="c${index}"/>`).join('')
  const opf = `<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${document.title}</dc:title><dc:language>${language}</dc:language></metadata><manifest>${manifest}</manifest><spine>${spine}</spine></package>`
  const container = '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>'
  return zipSync({
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(container),
    'OEBPS/content.opf': strToU8(opf),
    ...Object.fromEntries(chapters.map((chapter, index) => [`OEBPS/text/ch${index}.xhtml`, strToU8(chapter)])),
  })
}
