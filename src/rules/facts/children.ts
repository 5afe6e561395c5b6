/**
 * Derived facts about the children in the household. With no children every child test is false;
 * with children whose ages are unknown, age tests are unknown until children_ages is asked.
 */
import { known, unknown, type DerivedFact } from '../derived';
import { isKnown } from '../tri';

/** Whether there are dependent children. */
export const hasChildren: DerivedFact = {
  name: 'has_children',
  compute(a) {
    const n = a.fact('children_count');
    if (isKnown(n.value)) return known((n.value as number) > 0, ['children_count']);
    const ages = a.fact('children_ages');
    if (isKnown(ages.value)) return known((ages.value as number[]).length > 0, ['children_ages']);
    return unknown(['children_count']);
  },
};

/**
 * At least one child aged from `min` to `max` years inclusive (params). How many children must match:
 * `count` (default 1).
 */
export const hasChildAged: DerivedFact = {
  name: 'has_child_aged',
  params: ['min', 'max'],
  compute(a, p) {
    const min = Number(p.min);
    const max = Number(p.max);
    const need = p.count === undefined ? 1 : Number(p.count);
    const n = a.fact('children_count');
    if (n.value === 0) return known(false, ['children_count']);
    const ages = a.fact('children_ages');
    if (isKnown(ages.value)) {
      const matching = (ages.value as number[]).filter((x) => x >= min && x <= max).length;
      return known(matching >= need, ['children_ages']);
    }
    return unknown(isKnown(n.value) ? ['children_ages'] : ['children_count']);
  },
};
