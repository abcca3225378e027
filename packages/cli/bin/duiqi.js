#!/usr/bin/env node
// The `duiqi` command. The logic lives in ../dist (built by tsup); this file only starts it.
import { main } from '../dist/index.js'

// A reader that closes the pipe early (`duiqi export | head`) has all it wanted: stop quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

process.exitCode = await main(process.argv.slice(2))
