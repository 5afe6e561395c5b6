/**
 * What each household in `moreHouseholds.ts` might type when the bot says "Tell me a little about your
 * situation in your own words". Written from the households' contract facts only, not from the parser:
 * short phone-typed openings in mixed styles, each mentioning only some of the household's facts. Nothing
 * here contradicts those facts; money given in another period converts to within 1% of the fact.
 *
 * Some wording is deliberately tricky but true: other people's details (a mother's PIP, a partner's or
 * child's age, a child's condition), past situations (a paid-off mortgage, a husband who died over two
 * years ago, work that ended), numbers that are not ages (hours, months, years), and places where the
 * person does not live.
 */
export const MORE_OPENING_STATEMENTS: Readonly<Record<string, string>> = {
  // Pension age and near it
  'mixed-age couple, 70 and 64, renting privately, £140/week State Pension (England)':
    "I'm 70 and my wife is 64 so she can't get her pension yet. We rent privately in Stoke and just have my state pension, £140 a week.",
  'pensioner couple, 84 and 81, own outright, £180/week (England)':
    'me and my husband are 84 and 81, we paid the mortgage off back in 1998. pensions come to £180 a week and about 5k saved',
  'pensioner couple, 76 and 73, one gets AA, the other cares 40h/week, own outright, £330/week (Wales)':
    "I'm 76 and look after my wife, she's 73 and gets attendance allowance. It's a good 40 hours a week. Bungalow in Rhyl is paid for and our pensions are £330 a week.",
  'single pensioner, 67, renting privately, £260/week, savings £11,000 (Wales)':
    "67 and on my own in a rented flat in Wrexham, my son lives down in Bristol. Pension is about £1,127 a month and I have 11k in the bank.",
  'terminally ill single pensioner, 71, no AA yet, lives alone, social tenant, £250/week (England)':
    "I'm 71 and live alone in a council flat in Leeds. The doctor says I've likely got less than 12 months. Getting about and cooking are very hard now and I only have my pension, £250 a week.",
  'grandmother, 68, bringing up her grandchild aged 10, social tenant, £220/week (England)':
    "Hello, I'm 68 and my grandson has lived with me since he was 6, he's 10 now. We're in a housing association house in Hull and I get my state pension, £220 a week.",
  'working pensioner, 68, part-time, £350/week with pension, owns outright (England)':
    'im 68 and still do 20 hours a week at the garden centre, with my state pension its about £350 pw. own my house outright',
  'EU pensioner with settled status, 70, social tenant, £200/week (Wales)':
    'I came here from Poland in 2004 and I have settled status. I am 70, council flat in Cardiff, my pension is £200 a week.',

  // Working age: low income, savings, self-employment
  'single, 59, small private pension £90/week, savings £7,000, social tenant (England)':
    "I'm 59, I used to work at the hospital but finished last year. Just a small private pension of £390 a month and £7,000 savings, I rent a housing association flat on my own.",
  'single, 40, not working, savings £16,500, renting privately (England)':
    'im 40 and not working at the moment, rent privately. got £16,500 in savings',
  'self-employed single, 50, £250/week, mortgage (England)':
    'self employed plumber, 50, mortgage in Derby. clear about 250 a week',
  'widow, 55, husband died 25 months ago, working part-time £220/week, social tenant (England)':
    "I'm 55, I lost my husband a bit over two years ago. I work 20 hours a week and take home £220, housing association flat in Bolton.",
  'care leaver, 22, working 16h £150/week, renting privately (England)':
    "care leaver, 22. i work 16 hours a week on about £650 a month and rent a bedsit privately in Luton",
  'full-time student, 18, living with parents, household £400/week (England)':
    'im 18 and at college full time, still live with my mum and dad',

  // Families
  'working single parent, 34, three children 2, 5 and 8, £380/week, childcare costs, renting privately (England)':
    "34, single mum of three (2, 5 and 8). I work 30 hours and take home about £1,647 a month, private rent in Swindon and the nursery fees are a killer",
  'couple on UC, 27 and 25, baby under one, not working, social tenants (England)':
    "me 27 my partner 25 and we've got a 5 month old. neither of us working, we get universal credit and child benefit. council house",
  'family of five, 38 and 36, one earner £420/week, child 7 gets DLA, children 3, 7 and 10, social tenants (England)':
    "Me (38) and my wife (36) have three kids aged 3, 7 and 10. Our 7 year old is autistic and gets DLA. I work full time, £420 a week, and we rent from the housing association in Plymouth.",
  'single parent with pre-settled status, 30, working 25h £300/week, child 4, renting privately (England)':
    "I'm from Romania and have pre-settled status. I'm 30 with one boy aged 4, I work 25 hours and get £1,300 a month. We rent privately in Peterborough.",
  'couple expecting their first baby, 24 and 22, one earner £200/week, renting privately (Wales)':
    'my girlfriend is 22 and pregnant with our first, im 24. i work 16 hours, about 200 a week, we rent privately in bangor',
  'working couple, 40 and 40, £700/week, savings £9,000, children 8 and 12, mortgage (Wales)':
    'we are both 40, two kids 8 and 12, mortgage in Cardiff. about £700 a week between us and 9k savings',

  // Disability, caring, NRPF
  'carer, 45, caring 20h/week for her mother on PIP, working £180/week, social tenant (Wales)':
    "I'm 45, I work 18 hours a week for £180 and spend about 20 hours a week looking after my mum who gets PIP. She lives round the corner, I rent from the council in Merthyr.",
  'couple on UC, 45 and 44, she cares 40h/week for her husband who gets PIP, social tenants (England)':
    "I'm 45 and care for my husband, about 40 hours a week. He's 44 and gets PIP, we're on universal credit. Council flat in Sunderland.",
  'disabled adult with no recourse to public funds, 40, cannot work, renting privately (Wales)':
    "My visa says no recourse to public funds. I'm 40, disabled and can't work at all, I rent a room privately in Swansea and have no income.",

  // Young people
  'homeless, 19, single, no income (Wales)':
    '19 homeless at the mo staying on mates sofas in cardiff. no money coming in',
  'single parent, 17, baby under one, living with family, no income (England)':
    "im 17 and my baby is 3 months old. we live at my mums in Wigan, i've got no income",
};
