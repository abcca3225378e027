/** Runs the `duiqi` command with the given arguments and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  console.log(argv.join(' '))
  return 0
}
