// Eighth round of documents for the document kind (session 12): shapes met in an opened blind set
// (blind9), rewritten in our own words. A government information page that lists the titles the
// work goes by and carries its site's page chrome; a program's page titled by the program ("...
// Program") that closes with a one-line offer; a training page whose way in is registering for
// the next course and whose paid openings are "on our Jobs page". Each with a posting as its trap.
import { describeKindRound, type KindCase } from './document-kind-rounds.js';

const cases: KindCase[] = [
  [
    'an information page that lists the titles of the work, with its page chrome',
    'Peer Workforce in Community Mental Health\nOffice of Behavioural Health\n\nPeer workers are employed because of their own experience of mental distress and recovery, or of supporting a family member through it. Titles include peer support worker, peer navigator and carer peer worker.\n\nWhat a good role looks like\n- Lived experience is an essential requirement of the role.\n- The position description says which kind of peer work the role is.\n- Peer workers have supervision from an experienced peer practitioner.\n\nPage last reviewed: June. Was this page helpful? Yes / No',
    'document',
    null,
  ],
  [
    'trap: a posting that names its job titles in a header line',
    'Peer Support Worker\nEastgate Mental Health Service | Full-time | $31.20 an hour\n\nAbout the role\nYou will support adults at our community clinic using your own experience of mental distress and recovery.\n\nRequirements\n- Lived experience of mental distress and recovery is an essential requirement of the role\n- Certificate IV in Mental Health Peer Work or willingness to complete it\n\nHow to apply: send your resume and a cover letter to jobs@eastgate.example.',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    "a program's page titled by the program that closes with a one-line offer",
    'Recovery Coach Program\nBrightwater Recovery Alliance\n\nWhen alcohol or drugs have taken over your life, it helps to talk with someone who has been there. Our Recovery Coaches are in recovery themselves, and they walk beside people through treatment, court dates and hard days.\n\nWhat a coach can do\n- Listen without judging\n- Go with you to appointments if you want\n- Connect you with recovery meetings and housing\n\nThere is no cost and no referral needed. Call our helpline to get started.\n\nJoin our team: we are hiring a part-time Recovery Coach.',
    'document',
    null,
  ],
  [
    "a program's page titled by the program, its one offer to hire in the middle",
    'Youth Peer Advocate Program\nRiverside Family Network\n\nYoung people who have been through the mental health system themselves meet with teens and young adults, listen, and help them speak up at school and in treatment. We are hiring, so tell a young person you know.\n\nWhat an advocate can do\n- Meet you at school or in the community\n- Help you get ready for meetings about your care\n- Connect you with our weekly youth group\n\nCall us or ask your counselor for a referral.',
    'document',
    null,
  ],
  [
    'trap: a posting titled by the job, a program word in its header',
    "Family Mentor\nBrightwater Children's Alliance - Family Program | Part-time | $19 an hour\n\nWe are hiring a Family Mentor to support parents of children with emotional and behavioral needs.\n\nDuties\n- Meet parents at home and at school meetings\n- Co-lead our weekly parent group\n\nRequirements\n- Personal experience raising a child with mental health needs\n\nTo apply, email your resume to hr@brightwater.example.",
    'peer-posting',
    'parent-caregiver',
  ],
  [
    'a training page whose way in is the next course, its paid openings on another page',
    'Train as a Volunteer Peer Mentor\nNorthside Recovery Hub\n\nIn recovery and ready to help others? We train volunteer mentors who meet people at our hub and at the hospital.\n\nThe course\nOur four-day course covers listening, recovery pathways, boundaries and telling your story with purpose. It is free and lunch is included.\n\nWho can take part\nAnyone 18 or older with their own experience of recovery from alcohol or drug use.\n\nPaid roles\nSome of our paid mentors began as volunteers. Current openings are listed on our careers page.\n\nApply online or call the hub to register for the next course.',
    'document',
    null,
  ],
  [
    'trap: a volunteer mentor posting with its own application and no course',
    'Volunteer Peer Mentor\nNorthside Recovery Hub\n\nWe are looking for volunteers in recovery to meet people at our hub two afternoons a week.\n\nWhat you will do\n- Welcome people and listen\n- Share your own recovery story when it helps\n\nWho can apply\nAnyone 18 or older with their own experience of recovery from alcohol or drug use.\n\nTo apply, fill in our volunteer application and we will set up an interview.',
    'peer-posting',
    'substance-use-recovery',
  ],
];

describeKindRound('round 8: information pages, program pages and training pages', cases);
