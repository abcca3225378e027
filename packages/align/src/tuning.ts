// TEMPORARY: experiment overrides, removed before hand-off.
export function tune(name: string, fallback: number): number {
  const value = process.env[`DUIQI_${name}`]
  return value === undefined ? fallback : Number(value)
}
