// Preloaded into a process timed by bench:cli (`node --import`): reports its peak RSS on standard error as it exits.
process.on('exit', () => {
  process.stderr.write(`\n${JSON.stringify({ peakMegabytes: process.resourceUsage().maxRSS / 1024 })}\n`)
})
