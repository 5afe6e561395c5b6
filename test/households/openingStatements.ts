/**
 * What each household in the table might type when the bot says "Tell me a little about your situation
 * in your own words". Written independently of the bot's parser, in people's own wording: short chat or
 * SMS openings, mixed styles, mentioning only some of the household's facts. Nothing here contradicts the
 * household's contract facts; money amounts given in another period convert to within 1% of the fact.
 */
export const OPENING_STATEMENTS: Readonly<Record<string, string>> = {
  // Pensioners on low income
  "single pensioner, 78, renting privately, £200/week, lives alone (England)":
    "hi im 78 and live on my own, private landlord. just my pension about £200 a week and the rent keeps going up",
  "single pensioner, 72, owns outright, £220/week, savings £12,000 (England)":
    "I'm 72 and live alone in my own house, it's paid off. State pension is about £953 a month and I've got 12k put by. Can I get anything?",
  "pensioner couple, 74 and 71, social tenants, £320/week (Wales)":
    "Me and my wife are 74 and 71, we rent from the housing association in Llanelli. Just our state pensions, £320 a week between us",
  "pensioner couple, 70 and 69, own outright, £450/week, savings £40,000 (England)":
    "Hello. My husband and I are retired, 70 and 69. House is paid for and we have around £40,000 in savings. Is there anything we should be claiming?",
  "single pensioner, 83, owns outright, £250/week, needs help with personal care, no AA (Wales)":
    "I'm 83 and live alone in Swansea. I find it hard to wash and dress myself now but I don't get any extra help, just my pension",
  "single pensioner, 80, gets Attendance Allowance, lives alone, renting privately, £290/week (England)":
    "80 yr old, get attendance allowance and state pension. rent privately and live alone, pension is £290 pw and the rent takes most of it",
  "single pensioner, 74, owns outright, £200/week, savings £20,000 (England)":
    "hi im 74 own my house with about 20k savings. only income is state pension £200 a week. worth applying for pension credit?",
  "single pensioner, 69, renting privately, £330/week, savings £6,000 (England)":
    "I'm 69 and rent privately in Norwich. I get £1,430 a month from my pension and have about £6k saved. Rent's gone up again and I'm not sure I can keep up.",
  "single pensioner, 68, gets PIP, lives alone, social tenant, £230/week (England)":
    "Im 68, I get PIP and my state pension. Live on my own in a council flat. My health is bad, walking and cooking are a struggle. What else can I get",
  "single pensioner, 70, mortgage, £190/week (England)":
    "still paying a mortgage at 70 and only £190 a week coming in. any help?",
  "pensioner carer, 70, caring 40h/week for husband, 72, who gets AA; own outright, £380/week (England)":
    "I look after my husband, he's 72 and gets attendance allowance. It's about 40 hours a week. I'm 70. We own our home and our pensions come to about £380 a week.",
  "pensioner couple, 79 and 81, partner in hospital, social tenants, £300/week (England)":
    "my husband is 81 and he's in hospital at the moment. I'm 79. we rent from the council and have £300 a week in pensions, worried about money",

  // Already getting Pension Credit
  "single pensioner, 77, already on Pension Credit, social tenant (England)":
    "77, already get pension credit, council flat. am I missing out on anything",
  "pensioner couple, 76 and 74, already on Pension Credit, renting privately (Wales)":
    "we're 76 and 74 on pension credit, renting privately in Rhyl. want to know if there's any other help",

  // Near State Pension age
  "single, 66, born 1959-12-01 (over SPA), social tenant, £200/week (England)":
    "I'm 66, born 1st December 1959. Retired and on my state pension, about £200 a week. I rent from a housing association and live by myself.",
  "single, 66, born 1960-09-10 (not yet SPA), social tenant, £95/week (England)":
    "I'm 66 but my state pension hasn't started yet, DOB 10/09/1960. Only got about £95 a week to live on. Council flat in Stoke",
  "mixed-age couple, 68 and 60, social tenants, £120/week (England)":
    "im 68 and retired, my wife is 60. we rent off the council and have £520 a month coming in",

  // Working-age, out of work
  "single, 25, unemployed, renting privately, no income (England)":
    "25, not working, nothing coming in and rent's due. private landlord",
  "single, 40, unemployed, renting privately, no income (Wales)":
    "Hi, I'm 40, out of work and have no income at the moment. I rent a flat privately in Wrexham.",

  // Working families with under-5s
  "couple, 32 and 30, one earner £450/week, children 1 and 3, renting privately (England)":
    "me 32 and my partner 30, two kids aged 1 and 3. I work full time and bring home about £1950 a month, partner stays home with the kids. we rent privately",
  "single parent, 28, part-time £260/week, children 2 and 7, social tenant (England)":
    "Single mum of 2 (2 and 7), I work 20 hours and take home about £1,127 a month. Housing association house. Get child benefit but not UC",
  "single parent, 31, working 30h, £420/week, child 3, renting privately (Wales)":
    "I'm a single dad, 31, with a 3 year old. Work 30 hours, about £420 a week take home, renting privately in Cardiff. Can I get help with childcare?",
  "couple with mortgage, 40 and 38, partner earns £90/week, children 2, 5 and 8 (England)":
    "I'm 40 and not working at the minute, my partner's 38 and only earns about £90 a week. We've got 3 kids, 2, 5 and 8, and a mortgage we're struggling to pay",
  "high-income couple, 40 and 38, £1,200/week, savings £30,000, children 1 and 3, mortgage (England)":
    "We're 40 and 38 with a 1 year old and a 3 year old. Household take home is about £5,200 a month and we have 30k savings. Just checking what we're entitled to for childcare",

  // Already getting Universal Credit
  "single parent on UC, 30, not working, children 3 and 6, social tenant (England)":
    "on UC with 2 kids 3 and 6, im 30 not working. council house",
  "single parent on UC, 34, not working, children 4 and 11, social tenant (Wales)":
    "Single mum in Merthyr, on universal credit and child benefit, not working. Kids are 4 and 11. Is there help with school uniform?",

  // Wales families
  "refugee couple, 38 and 35, not working, children 5 and 9, social tenants (Wales)":
    "We have refugee status now. Me 38, my wife 35, two children 5 and 9. We have no job and no money yet, we live in housing association house in Cardiff",
  "couple on UC, 35 and 33, working, disabled child (no DLA yet), children 6 and 10 (Wales)":
    "my partner and I are 35 and 33, on UC and I work 25hrs. one of our kids (6 and 10) has additional needs and needs loads of care, about 40 hrs a week. we havent applied for DLA",
  "self-employed couple, 35 and 34, £250/week, child 6, renting privately (Wales)":
    "I'm self-employed, 35, partner's 34 and we've got one child aged 6. I work about 40 hours but only make around £1,083 a month. Renting privately",

  // Savings and capital
  "single, 45, working, £420/week, savings £22,000, renting privately (England)":
    "45, work full time, take home £420 a week, rent privately. got about 22k in savings. can I get any help",
  "single parent, 33, part-time £200/week, savings £15,000, child 4, renting privately (England)":
    "Hi, I'm 33 and a single parent to my 4 year old. I work 16 hours and get about £200 a week. I've got £15,000 savings, does that stop me getting UC? Renting privately",

  // Disabled adults and carers
  "disabled adult, 45, no PIP, cannot work, care and mobility needs, renting privately (England)":
    "I'm 45 and can't work because of my health. I need help getting around and with cooking and washing. Not on PIP, no income at all, rent privately",
  "disabled adult, 38, gets PIP, works 16h, £220/week, social tenant (Wales)":
    "38, get PIP, I work 16 hrs a week as my condition limits what I can do, earn about £220 a week. housing association flat in Pontypridd",
  "carer, 52, caring 40h/week for her mother who gets AA, not working, renting privately (England)":
    "I care for my mum 40 hours a week, she gets attendance allowance. I'm 52, not working and have no income. I rent privately.",
  "carer, 45, caring 36h/week for father on PIP, earning £300/week, renting privately (Wales)":
    "I work 24 hours and earn £1300 a month, and I look after my dad about 36 hours a week on top, he's on PIP. im 45 and rent privately. am I entitled to carers?",
  "legacy income-related ESA and PIP, 50, cannot work, social tenant (England)":
    "I'm 50, on income related ESA and PIP, can't work. Council flat. Worried about being moved to universal credit",

  // Pregnancy and young people
  "pregnant, 19, on UC, no other children, social tenant (England)":
    "19 and pregnant with my first, on UC, live in a housing association flat on my own",
  "pregnant, 17, living with family (England)":
    "im 17 and pregnant, still living at home with my family",
  "student, 17, at college, living with family, household £350/week (Wales)":
    "hi im 17 and at college in Swansea, live with my parents. they bring home about 350 a week. can i get EMA?",
  "full-time student, 20, renting privately, £120/week (England)":
    "uni student, 20, renting privately. I've got about £520 a month to live on. is there any help?",
  "student single parent, 24, child 3, social tenant (Wales)":
    "I'm 24, single mum to a 3 year old and a student. Housing association flat. Only get child benefit and my student money, about £160 a week",

  // Bereavement
  "widowed, 48, working £380/week, children 9 and 12, mortgage (England)":
    "My husband died earlier this year. I'm 48 with two kids, 9 and 12, working 30 hours and take home about £1,650 a month. Struggling to pay the mortgage on my own.",
  "widow, 80, on Pension Credit, arranging her husband's funeral, social tenant (England)":
    "My husband passed away last week and I have to pay for the funeral. I'm 80, on pension credit, council flat. I don't know how I'll pay for it",
  "single, 40, on UC, arranging a parent's funeral, social tenant (Wales)":
    "my mum died and im the one sorting the funeral, cant afford it. im 40 on universal credit",

  // Immigration status
  "family with no recourse to public funds, 36 and 34, working, children 3 and 7 (England)":
    "We have visa with no recourse to public funds. Me 36, wife 34, kids 3 and 7. I work 40 hours, about £350 a week. Is there any help for the children?",
  "asylum seeker, 28, single, in asylum accommodation (England)":
    "I am asylum seeker, 28 years, single. I live in Home Office accommodation and get £49 a week. Can I get any help?",
  "EU worker with pre-settled status, 29, £330/week, renting privately (England)":
    "Hi I'm an EU citizen with pre-settled status, 29, work 30h, around £1430 a month, rent privately. Can I claim universal credit?",

  // Illness, injury and veterans
  "terminally ill, 58, partner 56 earns £500/week, mortgage (England)":
    "I've been told I have less than a year to live. I'm 58 and can't work anymore, my partner's 56 and brings home £500 a week. We've got a mortgage.",
  "veteran injured in service, 50, working, £450/week, mobility needs, mortgage (England)":
    "ex army, 50, injured in service and now struggle getting about. still working full time, about £1,950 a month, have a mortgage",
  "injured at work, 44, cannot work, no income, social tenant (Wales)":
    "I got hurt at work and can't work now. 44, no income, council flat",

  // Housing crisis
  "homeless, 34, single, no income (England)":
    "I'm homeless at the moment, 34, no money coming in. what can I claim",
  "single mother on UC, 26, child 1, in temporary accommodation (England)":
    "me and my little one (1) are in temporary accommodation. I'm 26, on UC and child benefit",

  // Outside England and Wales
  "single pensioner, 70, social tenant, £200/week (Scotland)":
    "I'm 70, live in Glasgow, rent from the council, pension £200 a week",
  "working couple, 35 and 33, children 2 and 6 (Northern Ireland)":
    "Belfast, me 35 and my partner 33, kids 2 and 6. I work full time, take home about 400 a week, private rent",
};
