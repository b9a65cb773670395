// Eleventh round of postings for the role category (session 13), from a shape met in an opened
// blind set (blind17), rewritten in our own words: a posting that names no one it serves, under a
// title that names no kind, whose requirement names one kind of lived experience ("clean and sober
// for at least one year", "your own experience raising a child with ..."): that kind is the
// category. Traps: a requirement naming two kinds stays general; the people served, where named,
// decide over the requirement. A family partner serving children named with their ages, or
// children and their parents, is a parent/caregiver role.
import { type CategoryCase, describeCategoryRound } from './category-rounds.js';

const cases: CategoryCase[] = [
  [
    'Certified Recovery Support Specialist\n$17.00 - $19.50 an hour\n\nThe Recovery Support Specialist leads education groups, offers one-on-one support and helps people plan what comes next.\n\nRequirements\n- Must be clean and sober for at least one year\n- High school diploma',
    'substance-use-recovery',
  ],
  [
    'Peer Support Partner\n$19 an hour\n\nThe Peer Support Partner offers one-on-one support and runs a weekly group.\n\nRequirements\n- Your own experience raising a child with emotional or behavioral challenges',
    'parent-caregiver',
  ],
  [
    'Certified Recovery Support Specialist\n$18 an hour\n\nThe Recovery Support Specialist leads groups and offers one-on-one support.\n\nRequirements\n- Lived experience of recovery from a mental health or substance use condition',
    'general-peer',
  ],
  [
    'Certified Recovery Support Specialist\n$18 an hour\n\nThe Recovery Support Specialist supports adults living with serious mental illness in our supported housing program.\n\nRequirements\n- Must be clean and sober for at least one year',
    'adult-mental-health',
  ],
  [
    "Family Partner\nValley Children's Services | $18 an hour\n\nValley provides in-home services to children ages 3 to 17 and their families.\n\nThe Family Partner transports children and parents to appointments and runs a parent group.\n\nRequirements\n- High school diploma",
    'parent-caregiver',
  ],
];

describeCategoryRound('eleventh round: the kind of lived experience asked names the category when nothing else does', cases);
