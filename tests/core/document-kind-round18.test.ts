// Eighteenth round of documents for the document kind (session 15), from a shape met in two opened
// blind sets written apart (blind23, blind24), rewritten in our own words: a job no list knows,
// named by the people it stands beside ("Family Navigator", "Parent Liaison"), is a peer job where
// the text names lived experience of theirs, asked only as a preference or said of the people who
// hold the job. A class specification's "CLASS TITLE:" line names the job. Traps: the same title
// with no such experience named, or with the experience of the families it serves; a managing head
// ("Family Services Manager") with the same preference.
import { describeKindRound, type KindCase } from './document-kind-rounds.js';

const NAVIGATOR =
  'Family Navigator\nRiverside Psychiatric Hospital | $24 an hour, full-time\n\nThe navigator meets the relatives of adults admitted to our inpatient units, explains visiting and discharge, and links them to support groups in their own towns.\n\nQualifications\n- Two years of work with relatives of patients, paid or unpaid\n';

const cases: KindCase[] = [
  [
    'a family navigator, a relative of someone who used services preferred',
    `${NAVIGATOR}- Being the relative of someone who has received mental health treatment is preferred`,
    'peer-posting',
    'family',
  ],
  [
    'a family navigator whose holders have a loved one with a mental illness',
    `${NAVIGATOR}\nMost of our navigators have a family member living with a mental illness, and they draw on it every day.`,
    'peer-posting',
    'family',
  ],
  ['trap: a family navigator with no lived experience named', NAVIGATOR, 'non-peer-posting', null],
  [
    'trap: a family navigator whose families served have a loved one with a mental illness',
    `${NAVIGATOR}\nMany of the families we serve have a loved one living with a mental illness.`,
    'non-peer-posting',
    null,
  ],
  [
    'trap: a family services manager with the same preference',
    'Family Services Manager\nRiverside Psychiatric Hospital | $78,000 a year\n\nThe manager leads the family services office and its four staff, sets its budget and reports to the chief nursing officer.\n\nQualifications\n- Master of Social Work\n- Being the relative of someone who has received mental health treatment is preferred',
    'non-peer-posting',
    null,
  ],
  [
    'a school district class whose title is on a CLASS TITLE line',
    'CLASS TITLE: PARENT LIAISON II\nLakeview Unified School District\nSalary Range 28: $3,700 - $4,500 per month\n\nDEFINITION\nThe Parent Liaison supports parents of students in special education and counseling programs.\n\nMINIMUM QUALIFICATIONS\n- High school diploma\n- Personal experience raising a child in special education or counseling services preferred',
    'peer-posting',
    'parent-caregiver',
  ],
];

describeKindRound('eighteenth', cases);
