import { CATEGORIES, type Category } from "../../harness/model/caseDefinition.ts";

/** Items grouped by category in catalogue order, keeping their order inside a group; empty groups left out. */
export function groupByCategory<T extends { category: Category }>(
  items: readonly T[],
): { category: Category; items: T[] }[] {
  return CATEGORIES.map((category) => ({ category, items: items.filter((item) => item.category === category) })).filter(
    (group) => group.items.length > 0,
  );
}
