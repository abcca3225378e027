#!/usr/bin/env node
// The `duiqi` command. The logic lives in ../dist (built by tsup); this file only starts it.
// `main` checks every write to standard output and returns only once it is written: a full disk is exit
// code 1 with a one-line message. A reader that closes the pipe early (`duiqi export | head -1`) has all
// it wanted: the rest is dropped quietly with the command's own exit code (0), as a finished command.
// The process then ends by itself, so nothing still buffered for standard output is cut off.
import { main } from '../dist/index.js'

process.exitCode = await main(process.argv.slice(2))
