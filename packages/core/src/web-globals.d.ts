// The web-platform APIs core uses, which both browsers and Node provide as globals. Declared here
// instead of pulling in the whole DOM library, so core's types cannot lean on anything else of it.

interface TextDecodeOptions {
  stream?: boolean
}

interface TextDecoderOptions {
  fatal?: boolean
  ignoreBOM?: boolean
}

declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions)
  readonly encoding: string
  decode(input?: Uint8Array, options?: TextDecodeOptions): string
}
