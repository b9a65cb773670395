// Forty-first round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts): an equal-opportunity paragraph about the workforce, a job board's
// sidebar of labelled qualifications, an informal clubhouse post, an About-you paragraph with a
// narrower "ideally", lived experience that may replace the degree, a screening question,
// Australian Desirable and Canadian "Asset" lines, and a trap in the duties. Two more texts of
// the round (a hospital's table, a UK occupational requirement) read as documents about peer
// work: they are kept in lived-experience-kind-misses.test.ts.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('forty-first', [
  {
    name: 'equal-opportunity paragraph about the workforce names lived experience, nothing asks it',
    text: 'Recovery Coach\nPine Street Services - $18.50/hr\n\nResponsibilities\n- Meet with participants in the community\n- Connect people to treatment and housing\n\nRequirements\n- High school diploma\n- Peer recovery certification\n\nPine Street Services is an equal opportunity employer committed to a workforce that reflects the communities we serve, including people with lived experience of substance use, incarceration and homelessness.',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'job board sidebar: Lived experience with recovery: Required',
    text: 'Job details\nJob type\nFull-time\nPay\n$40,000 a year\nQualifications\nLived experience with recovery: Required\nCPRS: Preferred\n\nFull job description\nPeer Recovery Specialist\nThe Peer Recovery Specialist supports patients leaving detox.',
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'informal clubhouse post: you do need to have walked this road',
    text: "Peer Mentor (part time)\nHarbor Clubhouse\n\nHey! We're hiring a part-time peer mentor at the clubhouse, $17/hr. No degree needed, but you do need to have walked this road: if you've lived with a mental illness and found your footing, we'd love to meet you.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'About you: your own mental health journey, and ideally public services',
    text: "Peer Support Worker\nRiverstone Community Health\n\nAbout the role\nSupport adults living in our supported housing.\n\nAbout you\nYou're someone who has come through your own mental health journey, and ideally you've used public mental health services yourself.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived experience may replace the associate degree',
    text: 'Peer Navigator\nCity Behavioral Health - $21/hr\n\nEducation: Associate degree in human services.\nTwo years of lived experience in recovery from addiction may be substituted for the degree.',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'screening question under Screening Questions',
    text: 'Peer Support Specialist\nNorthstar Health - $19/hr\n\nAbout the job\nLead recovery groups at our outpatient clinic.\n\nScreening Questions\n- Do you identify as a person with lived experience of a mental health or substance use condition?\n- Do you have a valid driver license?',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'Australian criteria: lived experience only under Desirable',
    text: 'AOD Peer Worker\nSouthern Harm Reduction Service\n\nSelection Criteria\nEssential\n- Understanding of harm reduction principles\n- Current Working with Children Check\nDesirable\n- Lived experience of alcohol and other drug use',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'Canadian posting: lived experience under Asset qualifications',
    text: 'Peer Outreach Worker\nDowntown Community Health Centre\n\nRequired qualifications\n- Knowledge of harm reduction\n- Current First Aid and naloxone training\n\nAsset qualifications\n- Lived/living experience of substance use',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'trap: use your lived experience in the duties, qualifications ask nothing of it',
    text: 'Peer Support Specialist\nValley Wellness Center - $18/hr\n\nWhat you will do\n- Use your lived experience to build trust with participants\n- Co-lead wellness groups\n\nWhat you need\n- High school diploma\n- Peer certification within six months',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
  {
    name: 'trap (after the fixes): your own wellness journey names no kind of experience',
    text: 'Peer Support Specialist\nValley Wellness Center - $18/hr\n\nQualifications\n- Commitment to your own wellness journey\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'your own struggles with addiction under Qualifications',
    text: 'Recovery Coach\nNew Dawn Center - $18/hr\n\nQualifications\n- Willingness to draw on your own past struggles with addiction\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap (after the fixes): an equal-opportunity sentence that encourages people with lived experience to apply still prefers',
    text: 'Peer Navigator\nMetro Health - $20/hr\n\nRequirements\n- High school diploma\n- Peer credential\n\nMetro Health is an equal opportunity employer and strongly encourages people with lived experience of mental illness to apply.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'trap (after the fixes): an Assets heading over a requirement word still prefers, a Required heading still requires',
    text: 'Peer Support Worker\nDowntown Community Health Centre - $24/hr\n\nRequired\n- Lived experience of mental health challenges\n\nAssets\n- Experience in harm reduction',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    // Kept as an expected failure of the document kind until a change there read it as a posting.
    name: "exam notice: special note with the state's definition of a peer",
    text: 'OPEN COMPETITIVE EXAMINATION\nPEER SPECIALIST (EXAM NO. 2207)\n\nMINIMUM QUALIFICATIONS\nCompletion of a state-approved peer specialist training.\n\nSPECIAL NOTE: Candidates must meet the state definition of a peer: an individual who has lived experience as a recipient of mental health or substance use services.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
]);
