// For a person looking for peer work, below the verdict (JobSeekerVerdict.tsx): the questions to
// ask the employer and what the posting asks of you.
import { browser } from 'wxt/browser';
import { compareProfile, type ProfileAnswer, type ProfileComparison } from '../../src/core/job-seeker/profile-match';
import { profileWording } from '../../src/core/job-seeker/profile-wording';
import type { SeekerProfile } from '../../src/core/job-seeker/seeker-profile';
import type { Report } from '../../src/core/types';
import { qualificationLabel } from '../../src/report/report-labels';
import { sourceLabel } from './labels';

const ANSWER_WORDS: Record<ProfileAnswer, string> = { yes: 'Yes', no: 'No', ask: 'Ask' };
const OVERALL_WORDS: Record<ProfileAnswer, string> = {
  yes: 'Yes, by your profile',
  no: 'Not as the posting is written',
  ask: 'Ask before you apply',
};

/** "Do I qualify?": the profile set beside the posting, item by item, with a question where it is not a yes. */
function ProfileAnswers({ comparison }: { comparison: ProfileComparison }) {
  if (comparison.overall === 'empty')
    return (
      <p class="hint" data-testid="qualify-empty">
        {comparison.summary}{' '}
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Open the options
        </button>
      </p>
    );
  return (
    <div data-testid="qualify">
      <p class="qualify-overall" data-answer={comparison.overall}>
        <strong class={`answer answer-${comparison.overall}`}>{OVERALL_WORDS[comparison.overall]}</strong> {comparison.summary}
      </p>
      <ul class="qualify-items">
        {comparison.items.map((a) => (
          <li key={a.id} data-testid="qualify-item" data-item={a.id} data-answer={a.answer}>
            <strong class={`answer answer-${a.answer}`}>{ANSWER_WORDS[a.answer]}</strong> <span>{a.item}: </span>
            <span>{a.because}</span>
            {a.question && <span class="hint"> You could ask: “{a.question}”</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function JobSeekerQuestions({ report, profile }: { report: Report; profile: SeekerProfile | null }) {
  const { questions, qualifications } = report.jobSeeker;
  if (!questions.length && !qualifications.length) return null;
  return (
    <details class="seeker" data-testid="seeker-questions" open>
      <summary>Before you apply</summary>
      {questions.length > 0 && (
        <>
          <h3>Questions to ask the employer</h3>
          <ul class="seeker-questions">
            {questions.map((q) => (
              <li key={q.text}>
                <span>{q.text}</span>
                <span class="hint"> {q.why}</span>
                <span class="hint"> Source: {q.sources.map(sourceLabel).join('; ')}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {qualifications.length > 0 && (
        <>
          <h3>What the posting asks of you</h3>
          <ul class="seeker-qualifications">
            {qualifications.map((q) => (
              <li key={q.item} class={q.barrier ? 'barrier' : undefined} title={q.text}>
                {qualificationLabel(q)}
              </li>
            ))}
          </ul>
          <h3>Do I qualify?</h3>
          {profile && <ProfileAnswers comparison={compareProfile(qualifications, profile, profileWording)} />}
        </>
      )}
    </details>
  );
}
