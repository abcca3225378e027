// segmentit ships no types; this declares the part of its CommonJS export that duiqi uses.
declare module 'segmentit' {
  /** A token as segmentit returns it: the word and its part-of-speech bit mask. */
  export interface SegmentitToken {
    w: string
    p?: number
  }
  export interface SegmentitOptions {
    simple?: boolean
    stripPunctuation?: boolean
  }
  export class Segment {
    loadDict(dict: string | string[]): Segment
    /** The dictionary's words by their UTF-16 length: `TABLE2[2]['企业']` is the entry of 企业. */
    getDict(type: 'TABLE2'): Record<number, Record<string, { f: number; p: number }>>
    doSegment(text: string, options: SegmentitOptions & { simple: true }): string[]
    doSegment(text: string, options?: SegmentitOptions): SegmentitToken[]
  }
  export function useDefault(segment: Segment): Segment
  const segmentit: { Segment: typeof Segment; useDefault: typeof useDefault }
  export default segmentit
}
