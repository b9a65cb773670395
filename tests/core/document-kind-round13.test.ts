// Thirteenth round of documents for the document kind (session 13): shapes met in opened blind
// sets (blind14, blind15), rewritten in our own words. A recovery community's program page whose
// one paragraph of hiring, pay and all, stands among its sections; a news story that quotes
// people again and again and closes with a hiring line; a job board's menu that opens with the
// site's name; a blog post headed "What does a ... actually do?"; a "Peer Mentor" for people
// coming home from prison; a job named by no list on a peer team the agency is growing. Traps:
// a posting with one testimonial; a Head Start family advocate on a page naming veterans; a
// manager hired to lead a growing peer team; a job page whose opening paragraph makes the offer.
import { describeKindRound, type KindCase } from './document-kind-rounds.js';

const cases: KindCase[] = [
  [
    "a recovery community's program page with one paragraph of hiring among its sections",
    'Recovery Coaching at Maple Street Recovery Community Center\n\nMaple Street is a peer-run center open every day. Everything here is free and led by people in recovery and their families.\n\nWhat is a recovery coach?\nA recovery coach is someone with their own recovery from substance use who walks beside you while you work out what recovery means for you. Coaches listen, share what worked for them and help you find what you need.\n\nWhat to expect\nMeet a coach once or every week, at the center or by phone. There are no intake forms and no drug tests.\n\nWe are hiring! Maple Street is looking for two part-time recovery coaches. You must be in recovery yourself; starting pay is $19 an hour. Ask at the front desk.\n\nVolunteer with us\nVolunteers greet visitors, help in the food pantry and plan our September recovery walk. Many of our coaches started as volunteers.',
    'document',
    null,
  ],
  [
    'trap: a program-titled page whose opening paragraph is the offer',
    'Peer Recovery Coach - Maple Street Recovery Community Center\n\nWe are hiring a part-time Peer Recovery Coach, $19 an hour, 20 hours a week. You must be in recovery from substance use yourself.\n\nWhat you will do\n- Meet people where they are and share your own story\n- Help people reach the goals they set\n\nTo apply, email your resume to jobs@maplestreet.org.',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'a news story that quotes people again and again, then names one opening',
    'Teens learn to listen as peer mentors in new school program\nThe Riverton Ledger - Schools\n\nRIVERTON - Eighteen high school seniors finished training this week as peer mentors in a district program for students living with anxiety and depression.\n\n"We wanted students to have someone their own age to talk to," said the district wellness coordinator.\n\nOne senior said she joined because of how classmates talked about her in ninth grade. "I want to be the person who listens," she said.\n\nThe program costs $60,000 a year, officials said, most of it from a state grant.\n\nThe district is hiring a youth peer coordinator. Applicants must be 18 to 26 and have their own experience of mental health services as a young person.',
    'document',
    null,
  ],
  [
    'trap: a posting that quotes one peer once',
    'Youth Peer Specialist\nRiverton Youth Services | Full time | $20 an hour\n\nWalk beside young people ages 16 to 24 as they set their own goals. "Having someone who had been there made the difference," one young person said.\n\nRequirements\n- Lived experience of mental health challenges as a young person\n\nApply online.',
    'peer-posting',
    'youth',
  ],
  [
    "a job board's menu that opens with the site's name",
    'JobTrail   Jobs   Salaries   Sign in\n\nRecovery Coach\nNew Dawn Treatment Center - Lakeport\nFull-Time   $17/hr\n\nLead evening recovery groups and share your story with people early in recovery from substance use.\n\nRequirements\n- In recovery from substance use yourself\n- HS diploma\n\nApply now',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'a blog post headed "What does a ... actually do?" that points to its careers page',
    '# What does a peer support specialist actually do?\n\nPeople ask us this all the time. A peer support specialist is someone with personal experience of mental health or substance use challenges who is trained to use it to help others.\n\n## It is not therapy\nPeers do not diagnose or write treatment plans. A day may hold a hospital visit, a group, and an hour helping someone practice what they want to say to their doctor.\n\n## Want to do this work?\nMost states have a certification process: a training course, supervised hours and an exam.\n\n*Hillcrest Recovery Network is hiring peer recovery coaches in two counties. See our Careers page.*',
    'document',
    null,
  ],
  [
    'a Peer Mentor for people coming home from prison',
    "Position: Peer Mentor, Reentry Services\nOrganization: Fresh Start Justice Partners\nHours: 40/wk\n\nPosition summary\nThe Peer Mentor supports returning citizens during their first year after release: meeting them at the gate, helping with ID and housing applications, and staying in touch every week.\n\nQualifications\n- High school diploma\n- Valid driver's license",
    'peer-posting',
    'general-peer',
  ],
  [
    'trap: a Head Start family advocate on a page that names veterans',
    'Family Advocate\nSunny Days Head Start | $18 an hour\n\nPartner with the families of enrolled children to set family goals and connect them to community resources, including services for veterans and military families.\n\nQualifications\n- Associate degree in early childhood or human services\n\nApply online.',
    'non-peer-posting',
    null,
  ],
  [
    'a job no list knows on a youth peer support team the agency is growing',
    'Youth Connection Specialist\nBrightpath Youth Services | Full-Time | $17.50/hr\n\nBrightpath is expanding its youth peer support team, which serves teens ages 13 to 18. Youth Connection Specialists spend time with young people in the community, at school and at our drop-in center.\n\nResponsibilities\n- Building trust with teens through shared activities and mentoring\n- Co-leading life skills groups\n\nQualifications\n- High school diploma\n- Experience working with adolescents',
    'peer-posting',
    'youth',
  ],
  [
    'trap: a program manager hired to lead a growing peer team',
    "Program Manager\nBrightpath Youth Services | Full-Time | $62,000 a year\n\nBrightpath is expanding its youth peer support team and needs a Program Manager to lead it: hire and supervise staff, manage the budget and report to funders.\n\nQualifications\n- Master's degree in social work\n- Three years of supervisory experience",
    'non-peer-posting',
    null,
  ],
];

describeKindRound('round 13: program pages, news stories, site menus and peer teams', cases);
