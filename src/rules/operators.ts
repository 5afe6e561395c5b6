/**
 * json-rules-engine's default operators, applied to known values with the engine's own semantics
 * (numeric operators are false for non-numbers; `in`/`contains` need arrays).
 */
import type { Operator } from './ruleSchema';

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function applyOperator(op: Operator, factValue: unknown, value: unknown): boolean {
  switch (op) {
    case 'equal': return factValue === value;
    case 'notEqual': return factValue !== value;
    case 'in': return Array.isArray(value) && value.includes(factValue);
    case 'notIn': return Array.isArray(value) && !value.includes(factValue);
    case 'contains': return Array.isArray(factValue) && factValue.includes(value);
    case 'doesNotContain': return Array.isArray(factValue) && !factValue.includes(value);
    case 'lessThan': return isNum(factValue) && isNum(value) && factValue < value;
    case 'lessThanInclusive': return isNum(factValue) && isNum(value) && factValue <= value;
    case 'greaterThan': return isNum(factValue) && isNum(value) && factValue > value;
    case 'greaterThanInclusive': return isNum(factValue) && isNum(value) && factValue >= value;
  }
}
