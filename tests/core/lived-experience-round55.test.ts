// Round 55 (session 12): lived experience asked as one's own or a family member's alike ("personal
// or family experience", "either personally or as a carer", "your own or a close family
// member's") names no one kind for a job that serves one kind of person: a consumer peer and a
// family member peer need different experience (wise-toolkit L2773-2798). Two blind sets' writers
// read it so independently. A general peer job, serving people and their families together, may
// ask for either. Written in our own words.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('own or family experience', [
  {
    name: 'adult mental health, personally or as a carer: not specific',
    text: 'Peer Support Worker\nNorthgate Mental Health Trust | Band 3 | £24,300 a year\n\nSupport adults on the ward and after discharge, sharing your own recovery where it helps.\n\nEssential\n- Lived experience of mental health difficulties, either personally or as a carer\n- Good communication skills',
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: 'substance use recovery, your own or a close family member: not specific',
    text: "Recovery Coach\nRiverside Recovery Center | $20 an hour\n\nWalk beside people starting treatment for opioid use and help them reach recovery supports.\n\nRequirements\n- Personal experience of recovery from a substance use disorder, your own or a close family member's\n- High school diploma",
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: 'trap: adult mental health, personal experience only: specific',
    text: 'Peer Support Worker\nNorthgate Mental Health Trust | Band 3 | £24,300 a year\n\nSupport adults on the ward and after discharge, sharing your own recovery where it helps.\n\nEssential\n- Personal lived experience of mental health difficulties and recovery\n- Good communication skills',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: a general peer job serving people and their families may ask for either',
    text: "Peer Navigator\nOpen Harbor Health | $21 an hour\n\nSupport adults with mental health or substance use challenges and their families as they find their way through care.\n\nRequirements\n- Personal or family experience with mental health or substance use challenges\n- Valid driver's license",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
]);
