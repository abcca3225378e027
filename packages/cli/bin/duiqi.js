#!/usr/bin/env node
// The `duiqi` command. The logic lives in ../dist (built by tsup); this file only starts it.
import { main } from '../dist/index.js'

process.exitCode = await main(process.argv.slice(2))
