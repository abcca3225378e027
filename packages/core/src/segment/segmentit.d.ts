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
    doSegment(text: string, options: SegmentitOptions & { simple: true }): string[]
    doSegment(text: string, options?: SegmentitOptions): SegmentitToken[]
  }
  export function useDefault(segment: Segment): Segment
  const segmentit: { Segment: typeof Segment; useDefault: typeof useDefault }
  export default segmentit
}
