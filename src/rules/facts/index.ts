/** The registry of derived facts, by name. Rules may use these or any contract fact. */
import type { DerivedFact } from '../derived';
import { ageNow, anyOverSpa, dobMatters, mixedAgeCouple, nearSpa, overSpa, partnerOverSpa, pensionAgeHousehold } from './household';
import { hasChildAged, hasChildren } from './children';
import { gets, getsAny, publicFundsOk, receivesAny, toldReceives } from './status';
import { amountVsLimit, caresForQualifyingPerson, earningsWeekly, earningsWithin, working } from './work';
import { ucMeansTest } from './universalCredit';
import { pcGuaranteeMeansTest, pcSavingsCreditTest, pensionHousingHelpTest } from './pensionCredit';

const ALL: DerivedFact[] = [
  ageNow, overSpa, partnerOverSpa, pensionAgeHousehold, anyOverSpa, mixedAgeCouple, nearSpa, dobMatters,
  hasChildren, hasChildAged, publicFundsOk, gets, getsAny, receivesAny, toldReceives,
  working, earningsWeekly, earningsWithin, amountVsLimit, caresForQualifyingPerson,
  ucMeansTest, pcGuaranteeMeansTest, pcSavingsCreditTest, pensionHousingHelpTest,
];

export const DERIVED_FACTS: ReadonlyMap<string, DerivedFact> = new Map(ALL.map((f) => [f.name, f]));
