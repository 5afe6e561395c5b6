/**
 * What each household in `moreHouseholds2.ts` might type when the bot says "Tell me a little about your
 * situation in your own words". Written from the households' contract facts only, not from the parser:
 * short phone-typed openings in mixed styles, each mentioning only some of the household's facts. Nothing
 * here contradicts those facts; money given in another period converts to within 1% of the fact.
 *
 * Much of the wording is deliberately tricky but true: other people's ages, benefits, jobs, health and
 * homes (a brother on PIP, a mum on Attendance Allowance, a partner's Carer's Allowance and caring, a
 * daughter in Manchester), past tense (used to work, was on ESA, was a carer), hours of work next to hours
 * of caring, amounts that are rent, mortgage or bills rather than income, savings given as a bound, dates
 * (died in January, pension starts June 2027), and Welsh place names.
 */
export const MORE_OPENING_STATEMENTS_2: Readonly<Record<string, string>> = {
  // Wales-only schemes
  'single parent, 36, part-time £140/week (£7,280/yr), children 8 and 12, renting privately (Wales)':
    "I'm 36 and on my own with my two, they're 8 and 12. I do 12 hours a week in a café in Llanelli for £140 a week and the rent is £550 a month private.",
  'couple, 41 and 39, one earner £150/week (£7,800/yr), children 7 and 13, social tenants (Wales)':
    'me 41 wife 39 kids 7 and 13. i work 14 hrs for £150 a week she stays home. housing association in merthyr tydfil, council tax is £120 a month',
  'couple, 33 and 31, he works 37.5h, she gets Carer\'s Allowance for her father, child 3, renting privately (Wales)':
    "I'm 33 and work 37.5 hours, take home £520 a week. My partner is 31 and gets carer's allowance for looking after her dad, he's 74 and lives in Bangor. We rent privately in Caernarfon with our little one who's 3.",

  // Carers
  'carer, 48, caring exactly 35h/week for her brother on PIP, earning £200/week, social tenant (England)':
    "I'm 48, I work 16 hours a week for £200 and on top of that I care for my brother 35 hours a week, he gets PIP. Council flat in Derby, just me.",
  'carer, 38, caring 50h/week for her mother on AA, earning £210/week, renting privately (Wales)':
    "38 and I look after my mum about 50 hours a week, she's 81 and on attendance allowance. I also work 17 hours for £210 a week. I rent privately in Pontypridd.",
  'carer, 55, caring 40h/week for her son who has not claimed PIP, no income, social tenant (England)':
    "I'm 55 and care for my son around 40 hours a week, he's 24 and lives a few streets away, he hasn't applied for PIP yet. I used to work at Tesco but gave it up, so no money coming in. Council house in Norwich.",

  // Disability and illness
  'working, 35, daily living needs but no mobility needs, no PIP yet, 20h £220/week, renting privately (England)':
    "Im 35 with fibromyalgia, I can walk ok but washing and cooking are a real struggle and I've had to cut my hours. Work 20 hrs a week, £220. My sister gets PIP for the same thing but I've never claimed, I rent a flat in Bolton on my own.",
  'on UC and PIP, 50, cannot work, mobility needs, in hospital, social tenant (Wales)':
    "I'm 50 and in hospital in Wrexham at the moment. I get UC and PIP, I was on ESA before that. Can't work at all with my MS and can't walk far, I live alone in a housing association flat.",
  'terminally ill single mother, 42, cannot work, child 10, no income, social tenant (Wales)':
    "I'm 42 and the consultant says I probably have less than a year. It's just me and my daughter, she's 10, in a council house in Swansea. I had to stop work in March and we only have child benefit.",

  // State Pension age by date of birth
  'single, 66, born 1960-03-20 (SPA reached 20 Mar 2026), renting privately, £210/week (Wales)':
    'Born 20/03/1960 and retired from the council in March when my state pension started. Its £210 a week, I rent privately in Aberystwyth on my own.',
  'single, 66, born 1960-11-01 (SPA 1 Jun 2027), not working, mortgage, no income (Wales)':
    "I'm 66, born 1 November 1960, and my state pension doesn't start till June 2027. I was made redundant last year and have no income now but I'm still paying the mortgage on my house in Caerphilly, £480 a month.",
  'single pensioner, 82, on Savings Credit only, owns outright, £250/week (England)':
    "82 and on my own since my husband passed away in 2015, house is paid off. I get my state pension and the savings credit part of pension credit, £250 a week altogether, and under £10k in the bank.",
  'single pensioner, 72, renting privately, £215/week, savings £18,000 (England)':
    "I'm 72, live alone and rent a flat privately in Brighton. State pension is £215 a week and I've £18,000 saved. My brother is 75 and gets pension credit but I've never applied.",

  // Bereavement
  'widower, 39, wife died 10 months ago, working 30h £350/week, children 6 and 9, social tenant (Wales)':
    "My wife died in January. I'm 39 with two boys, 6 and 9, and I've gone down to 30 hours a week, £350 take home. We're in a housing association house in Pen-y-bont.",
  'widow, 58, husband died 10 months ago, no children, part-time £180/week, savings £25,000, owns outright (England)':
    "My husband passed away in January, I'm 58. I work 18 hours a week for £180, the house is paid off and I have £25,000 saved. My daughter in Manchester is 30 and keeps telling me to check what I can get.",

  // Young people
  '17, living independently, no income, renting a room privately (Wales)':
    'im 17 and rent a bedsit on my own in Casnewydd, I dont live with my parents anymore. no job no money coming in. my mum gets UC but shes in Cardiff',
  '19, just left care, first social tenancy, not working, no income (Wales)':
    'Im 19, just left care and got my first council flat in Wrecsam last month. not working and no income yet, my foster carer used to get money for me but that stopped at 18',

  // Immigration
  'refugee couple, 30 and 27, children 2 and 4, council temporary accommodation, no income (England)':
    'We got refugee status in September. I am 30, my wife is 27, our children are 2 and 4. The council has us in temporary accommodation in Croydon and we have no income.',
  'EU couple with pre-settled status, 34 and 32, he works 37.5h £420/week, child 5, renting privately (Wales)':
    "We're from Romania and have pre-settled status. I'm 34 and work 37.5 hours for £420 a week, my wife is 32 and looks after our son who is 5. Rent is £700 a month, private, in Newport.",
  'asylum-seeking family, 35 and 33, child 7, in asylum accommodation (Wales)':
    'We are waiting for a decision on our asylum claim and live in Home Office housing in Cardiff. I am 35, my husband 33, our daughter 7. We get asylum support, about £150 a week.',

  // Housing
  'couple on UC with a mortgage, 44 and 42, she works 20h, children 11 and 15 (England)':
    "I'm 44 and work 20 hours a week, my husband is 42 and was a carer for his dad until he died last year. Kids are 11 and 15. We get UC and child benefit, about £500 a week coming in, and the mortgage is £900 a month.",
  'homeless pensioner, 70, sleeping in his car, State Pension £200/week (England)':
    "I'm 70 and have been sleeping in my car since my landlord sold up in Kent, the flat was £750 a month. Only income is my state pension, £200 a week.",

  // Escalations
  'mother, 29, partner in prison, children 1 and 3, not working, social tenant (England)':
    "I'm 29 with two little ones, 1 and 3. My partner is 31 and in prison at the moment. I'm not working, we have a council house in Sheffield and just get child benefit.",
  'lives in Scotland (one question answered)':
    'I live in Dundee in Scotland, my sister in Cardiff told me about this site.',
  'lives in Northern Ireland (one question answered)':
    "I'm in Belfast, Northern Ireland. Moved over from Liverpool a few years ago.",
};
