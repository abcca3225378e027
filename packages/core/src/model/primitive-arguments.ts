import * as z from 'zod/mini'

// Schemas of the simplest arguments (a text, a language), built with zod's tree-shakable `zod/mini`:
// functions that run in duiqi's page viewer check their arguments with these, and the page's script
// stays a few kilobytes instead of carrying all of zod. Checked by `parseArgument` like any schema.

/** A text: any string (empty allowed where the function says so). */
export const textArgumentSchema = z.string()

/** One of the two languages duiqi aligns, as an argument (`languageSchema` describes it in the data model). */
export const languageArgumentSchema = z.enum(['zh', 'en'])
