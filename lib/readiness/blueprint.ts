/** The blueprint in force on a date: the latest whose effective date is not after it. */
export function blueprintOn<T extends { effectiveFrom: Date }>(blueprints: T[], date: Date): T | null {
  return blueprints.filter((b) => b.effectiveFrom <= date).sort((a, b) => b.effectiveFrom.getTime() - a.effectiveFrom.getTime())[0] ?? null;
}
