/**
 * Derived facts about the children in the household. With no children every child test is false;
 * with children whose ages are unknown, age tests are unknown until children_ages is asked.
 */
import { known, unknown, type DerivedFact } from '../derived';
import { isKnown } from '../tri';
import type { Assessment } from '../assessment';

/**
 * Whether a pension-age household has not been asked about children and so is presumed to have
 * none (dependent children are rare over State Pension age; someone who has them says so, and the
 * opening statement or a correction records it). Like a screening fact, nothing is stored.
 */
function presumedChildless(a: Assessment): boolean {
  return !isKnown(a.fact('children_count').value) && !isKnown(a.fact('children_ages').value)
    && a.fact('pension_age_household').value === true;
}

/** Whether there are dependent children. */
export const hasChildren: DerivedFact = {
  name: 'has_children',
  compute(a) {
    const n = a.fact('children_count');
    if (isKnown(n.value)) return known((n.value as number) > 0, ['children_count']);
    const ages = a.fact('children_ages');
    if (isKnown(ages.value)) return known((ages.value as number[]).length > 0, ['children_ages']);
    if (presumedChildless(a)) return known(false, []);
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
    if (presumedChildless(a)) return known(false, []);
    const ages = a.fact('children_ages');
    if (isKnown(ages.value)) {
      const matching = (ages.value as number[]).filter((x) => x >= min && x <= max).length;
      return known(matching >= need, ['children_ages']);
    }
    return unknown(isKnown(n.value) ? ['children_ages'] : ['children_count']);
  },
};
