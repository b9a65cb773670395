// "Write a peer job description": the steps of the job description template, each saying why
// with its source; a live check beside them; the posting and the interview questions to copy,
// download or insert; drafts kept on this device.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checkAnswers, type DraftAnswers } from '../../src/core/job-description/answers';
import { builderData, categoryProfile, exampleAnswers, livedExperienceSentence } from '../../src/core/job-description/builder-data';
import { postingOutline } from '../../src/core/job-description/posting-outline';
import { ROLE_CATEGORIES } from '../../src/core/role-categories';
import type { RoleCategory } from '../../src/core/types';
import { renderInterviewSheet } from '../../src/report/job-description';
import { outlineFormats } from '../../src/report/posting-formats';
import { blankDraft, withCategory } from '../../src/core/job-description/draft';
import { deleteDraft, draftName, loadDrafts, newDraftId, saveDraft, type SavedDraft } from './drafts-storage';
import { ListField, NumberField, TextField } from './fields';
import { LiveCheckPanel } from './LiveCheckPanel';
import { OutputSheet } from './OutputSection';
import { sourceTabId } from './output-actions';
import { ResponsibilitiesStep } from './ResponsibilitiesStep';
import { SourceList, StepSection } from './StepSection';
import { useLiveCheck } from './use-live-check';

const SAVE_PAUSE_MS = 500;

/** The answers written as free text (the category is chosen, the lists and numbers have their own fields). */
type WrittenAnswer = Exclude<
  { [K in keyof DraftAnswers]-?: NonNullable<DraftAnswers[K]> extends string ? K : never }[keyof DraftAnswers],
  'category'
>;

function DraftsBar({
  drafts,
  currentId,
  onOpen,
  onNew,
  onDelete,
}: {
  drafts: SavedDraft[];
  currentId: string;
  onOpen: (d: SavedDraft) => void;
  onNew: () => void;
  onDelete: (id: string) => void;
}) {
  const [picked, setPicked] = useState('');
  const others = drafts.filter((d) => d.id !== currentId);
  return (
    <section class="drafts" aria-labelledby="drafts-heading" data-testid="drafts">
      <h2 id="drafts-heading">Drafts on this device</h2>
      <p class="muted">Your draft is saved in this browser as you write. Nothing is sent anywhere.</p>
      <div class="row">
        <label for="draft-pick">Open a saved draft</label>
        <select
          id="draft-pick"
          value={picked}
          onChange={(e) => setPicked((e.currentTarget as HTMLSelectElement).value)}
          data-testid="draft-pick"
        >
          <option value="">Choose a draft…</option>
          {others.map((d) => (
            <option key={d.id} value={d.id}>
              {draftName(d.answers)} ({new Date(d.savedAt).toLocaleString()})
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!picked}
          data-testid="draft-open"
          onClick={() => {
            const d = others.find((x) => x.id === picked);
            if (d) onOpen(d);
            setPicked('');
          }}
        >
          Open
        </button>
        <button
          type="button"
          disabled={!picked}
          onClick={() => {
            onDelete(picked);
            setPicked('');
          }}
        >
          Delete
        </button>
        <button type="button" data-testid="draft-new" onClick={onNew}>
          New draft
        </button>
      </div>
    </section>
  );
}

export function BuilderApp() {
  const [draftId, setDraftId] = useState(newDraftId);
  const [draft, setDraft] = useState<DraftAnswers>(() => blankDraft('adult-mental-health'));
  const [drafts, setDrafts] = useState<SavedDraft[]>([]);
  const [touched, setTouched] = useState(false);
  const insertTab = useMemo(sourceTabId, []);
  const saveTimer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    void loadDrafts().then(setDrafts, () => setDrafts([]));
  }, []);

  const update = (next: Partial<DraftAnswers>) => {
    setDraft((d) => ({ ...d, ...next }));
    setTouched(true);
  };
  /** A written answer's value and what typing in it does, for its TextField. */
  const answer = (key: WrittenAnswer) => ({
    value: draft[key] ?? '',
    onInput: (value: string) => update({ [key]: value } as Partial<DraftAnswers>),
  });

  // Saved a moment after each change; an untouched blank draft is not saved.
  useEffect(() => {
    if (!touched) return;
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      void saveDraft({ id: draftId, savedAt: Date.now(), answers: draft }).then(setDrafts, () => undefined);
    }, SAVE_PAUSE_MS);
    return () => clearTimeout(saveTimer.current);
  }, [draft, draftId, touched]);

  const formats = useMemo(() => outlineFormats(postingOutline(draft)), [draft]);
  const answers = useMemo(() => checkAnswers(draft), [draft]);
  const check = useLiveCheck(touched ? formats.text : '');
  const profile = categoryProfile(draft.category);
  const sentence = livedExperienceSentence(draft.category);

  const open = (d: SavedDraft) => {
    setDraftId(d.id);
    setDraft(d.answers);
    setTouched(true);
  };
  const fresh = (category: RoleCategory = draft.category) => {
    setDraftId(newDraftId());
    setDraft(blankDraft(category));
    setTouched(false);
  };

  return (
    <div class="page">
      <header>
        <h1>Write a peer job description</h1>
        <p class="muted">
          Step by step, following the job description template for peer roles. Each step says why, with its source. The check beside the
          form reads your draft as you write.
        </p>
      </header>
      <DraftsBar
        drafts={drafts}
        currentId={draftId}
        onOpen={open}
        onNew={() => fresh()}
        onDelete={(id) => void deleteDraft(id).then(setDrafts)}
      />
      <div class="layout">
        <main class="steps">
          <StepSection id="category" number={1}>
            <fieldset class="categories">
              <legend>Who will the peer supporter work with?</legend>
              {ROLE_CATEGORIES.map((c) => (
                <label key={c} class="radio">
                  <input
                    type="radio"
                    name="category"
                    value={c}
                    checked={draft.category === c}
                    data-testid={`category-${c}`}
                    onChange={() => update(withCategory(draft, c))}
                  />
                  {categoryProfile(c).label}
                </label>
              ))}
            </fieldset>
            <p>
              <button
                type="button"
                data-testid="use-example"
                onClick={() => {
                  // A draft already written stays saved as it was; the example starts a new one.
                  if (touched) setDraftId(newDraftId());
                  setDraft(exampleAnswers(draft.category));
                  setTouched(true);
                }}
              >
                Fill in the example for this kind of role
              </button>{' '}
              <span class="muted">(then change it to fit your program)</span>
            </p>
            <TextField
              label="People served"
              hint="Who the program serves, in plain words."
              {...answer('population')}
              testId="field-population"
            />
          </StepSection>

          <StepSection id="title" number={2}>
            <TextField
              label="Title"
              {...answer('title')}
              testId="field-title"
              hint="For example: Peer Support Specialist, Recovery Coach, Family Peer Partner, Parent Partner, Youth Peer Advocate."
            />
            <TextField label="Organization" {...answer('organization')} testId="field-organization" />
          </StepSection>

          <StepSection id="summary" number={3}>
            <TextField
              label="What the role is for"
              multiline
              rows={4}
              {...answer('summary')}
              testId="field-summary"
              hint="The program's purpose and what the peer supporter does in it. Name the people served."
            />
          </StepSection>

          <StepSection id="reporting" number={4}>
            <TextField
              label="Reports to"
              {...answer('reportsTo')}
              testId="field-reports-to"
              hint="A job title, for example: the Director of Peer Services."
            />
            <TextField
              label="Supervision"
              multiline
              {...answer('supervision')}
              testId="field-supervision"
              hint="Who supervises, and how often. Supervision by someone with peer experience protects the role."
            />
          </StepSection>

          <StepSection id="responsibilities" number={5}>
            <ResponsibilitiesStep value={draft.responsibilities} onChange={(responsibilities) => update({ responsibilities })} />
          </StepSection>

          <StepSection id="knowledge" number={6}>
            <ListField
              label="Knowledge and skills"
              items={draft.knowledge}
              onChange={(knowledge) => update({ knowledge })}
              addLabel="Add knowledge or a skill"
              testId="field-knowledge"
            />
          </StepSection>

          <StepSection id="qualifications" number={7}>
            <TextField label="Lived experience required" multiline {...answer('livedExperience')} testId="field-lived-experience" />
            <p class="hint-block">
              For this kind of role: “{sentence.sentence}”{' '}
              {draft.livedExperience !== sentence.sentence ? (
                <button type="button" onClick={() => update({ livedExperience: sentence.sentence })}>
                  Use this sentence
                </button>
              ) : null}{' '}
              <span class="muted">Source: </span>
              <SourceList sources={sentence.sources} />
            </p>
            <TextField label="Willingness to share" {...answer('willingnessToShare')} testId="field-willingness" />
            <TextField
              label="Certification path"
              {...answer('certification')}
              testId="field-certification"
              hint="For example: certification, or willingness to earn it within the first year, with the training paid."
            />
            <ListField
              label="Other qualifications"
              items={draft.otherQualifications}
              onChange={(otherQualifications) => update({ otherQualifications })}
              addLabel="Add a qualification"
              testId="field-other-qualifications"
            />
          </StepSection>

          <StepSection id="pay" number={8}>
            <div class="row">
              <NumberField
                label="Pay from ($)"
                value={draft.pay.from}
                min={0}
                step={0.5}
                onInput={(from) => update({ pay: { ...draft.pay, from } })}
                testId="field-pay-from"
              />
              <NumberField
                label="Pay to ($)"
                value={draft.pay.to}
                min={0}
                step={0.5}
                onInput={(to) => update({ pay: { ...draft.pay, to } })}
                testId="field-pay-to"
              />
              <div class="field">
                <label for="pay-per">Per</label>
                <select
                  id="pay-per"
                  value={draft.pay.per}
                  onChange={(e) =>
                    update({ pay: { ...draft.pay, per: (e.currentTarget as HTMLSelectElement).value === 'year' ? 'year' : 'hour' } })
                  }
                >
                  <option value="hour">hour</option>
                  <option value="year">year</option>
                </select>
              </div>
            </div>
          </StepSection>

          <StepSection id="team" number={9}>
            <NumberField
              label="Peers on the team, this position included"
              value={draft.peerCount}
              min={2}
              step={1}
              onInput={(peerCount) => update({ peerCount })}
              testId="field-peer-count"
            />
            <TextField label="About the team" {...answer('team')} testId="field-team" />
          </StepSection>

          <StepSection id="career" number={10}>
            <TextField label="Career ladder" multiline {...answer('careerLadder')} testId="field-career" />
            <TextField label="How to apply" multiline {...answer('howToApply')} testId="field-how-to-apply" />
          </StepSection>

          <OutputSheet
            heading="Your job description"
            formats={formats}
            fileName={draft.title || 'peer job description'}
            testId="posting"
            insertTab={insertTab}
          />
          <OutputSheet
            heading="Interview questions for the hiring panel"
            formats={renderInterviewSheet(draft.category, draft.title)}
            fileName={`interview questions ${draft.title}`.trim()}
            testId="interview"
            note={`A separate sheet for the panel, for ${profile.label.toLowerCase()}: ${builderData.categories.find((c) => c.category === draft.category)?.interviewQuestions.length ?? 0} questions, with advice and sources.`}
          />
        </main>
        <LiveCheckPanel check={check} answers={answers} category={draft.category} />
      </div>
    </div>
  );
}
