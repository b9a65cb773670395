// Sixteenth round of postings for the role category (session 15), from shapes met in an opened
// blind set (blind24), rewritten in our own words: "parents/caregivers" written with a slash names
// parents and caregivers as "parents and caregivers" does; parents of students in a school
// district are a parent/caregiver population. Trap: students named alone are the young people.
import { type CategoryCase, describeCategoryRound } from './category-rounds.js';

const cases: CategoryCase[] = [
  [
    "Family Peer Advocate - Queens\nBright Horizons Children's Services | $47,000/yr\n\n* support parents/caregivers of kids 5-17 in our home-based program\n* run a Wednesday evening group\n* go with families to school meetings when they ask\n\nNeed:\n* FPA credential or willing to get it within a year",
    'parent-caregiver',
  ],
  [
    'Peer Support Specialist\nLakeview Unified School District | $24 an hour\n\nThe specialist supports parents of students in special education and counseling programs and runs a monthly parent cafe.\n\nQualifications\n- Lived experience raising a child with mental health needs',
    'parent-caregiver',
  ],
  [
    'Youth Peer Advocate\nLakeview Unified School District | $21 an hour\n\nThe advocate meets students ages 14 to 18 in counseling programs, runs a lunch group and helps them speak up in their own meetings.\n\nQualifications\n- Your own experience of mental health services as a young person',
    'youth',
  ],
];

describeCategoryRound('sixteenth', cases);
