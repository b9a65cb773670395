// Fifteenth round of postings for the role category (session 15), from a shape met in an opened
// blind set (blind23), rewritten in our own words: a county posting names its job in capitals under
// the county's line ("PARENT PEER SUPPORT SPECIALIST"). The name is both "Parent Peer" and "Peer
// Support Specialist", and the parent in it says whose peer the job is. Trap: the same line without
// the parent.
import { type CategoryCase, describeCategoryRound } from './category-rounds.js';

const cases: CategoryCase[] = [
  [
    'COUNTY OF LAKE RIDGE\ninvites applications for\n\nPARENT PEER SUPPORT SPECIALIST\nChildren and Family Services\n\nSALARY: $24.10 Hourly\n\nTHE POSITION\nThe department is recruiting a Parent Peer Support Specialist to stand beside parents whose children have been placed out of the home while they work with the court toward reunification.',
    'parent-caregiver',
  ],
  [
    'COUNTY OF LAKE RIDGE\ninvites applications for\n\nPEER SUPPORT SPECIALIST\nBehavioral Health Services\n\nSALARY: $24.10 Hourly\n\nTHE POSITION\nThe department is recruiting a Peer Support Specialist to walk with adults who live with serious mental illness.',
    'adult-mental-health',
  ],
];

describeCategoryRound('fifteenth', cases);
