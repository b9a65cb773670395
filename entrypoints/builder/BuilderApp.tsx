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
import { fieldLabel } from './field-labels';
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

/** The answers written as lists of short texts. */
type ListAnswer = 'knowledge' | 'otherQualifications';

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
  // An answer's field is labelled as the "next to fill in" line names it.
  const named = (key: WrittenAnswer | ListAnswer) => ({
    label: fieldLabel(key),
    testId: `field-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
  });
  /** A written answer's TextField: label, value and what typing in it does. */
  const answer = (key: WrittenAnswer) => ({
    ...named(key),
    value: draft[key] ?? '',
    onInput: (value: string) => update({ [key]: value } as Partial<DraftAnswers>),
  });
  /** One end of the pay range, in steps of 50 cents. */
  const payBound = (end: 'from' | 'to') => ({
    value: draft.pay[end],
    min: 0,
    step: 0.5,
    onInput: (amount: number) => update({ pay: { ...draft.pay, [end]: amount } }),
    testId: `field-pay-${end}`,
  });
  /** A list answer's ListField: label, items and what editing them does. */
  const listAnswer = (key: ListAnswer) => ({
    ...named(key),
    items: draft[key],
    onChange: (items: string[]) => update({ [key]: items } as Partial<DraftAnswers>),
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
            <TextField {...answer('population')} hint="Who the program serves, in plain words." />
          </StepSection>

          <StepSection id="title" number={2}>
            <TextField
              {...answer('title')}
              hint="For example: Peer Support Specialist, Recovery Coach, Family Peer Partner, Parent Partner, Youth Peer Advocate."
            />
            <TextField {...answer('organization')} />
          </StepSection>

          <StepSection id="summary" number={3}>
            <TextField
              {...answer('summary')}
              multiline
              rows={4}
              hint="The program's purpose and what the peer supporter does in it. Name the people served."
            />
          </StepSection>

          <StepSection id="reporting" number={4}>
            <TextField {...answer('reportsTo')} hint="A job title, for example: the Director of Peer Services." />
            <TextField
              {...answer('supervision')}
              multiline
              hint="Who supervises, and how often. Supervision by someone with peer experience protects the role."
            />
          </StepSection>

          <StepSection id="responsibilities" number={5}>
            <ResponsibilitiesStep value={draft.responsibilities} onChange={(responsibilities) => update({ responsibilities })} />
          </StepSection>

          <StepSection id="knowledge" number={6}>
            <ListField {...listAnswer('knowledge')} addLabel="Add knowledge or a skill" />
          </StepSection>

          <StepSection id="qualifications" number={7}>
            <TextField {...answer('livedExperience')} multiline />
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
            <TextField {...answer('willingnessToShare')} />
            <TextField
              {...answer('certification')}
              hint="For example: certification, or willingness to earn it within the first year, with the training paid."
            />
            <ListField {...listAnswer('otherQualifications')} addLabel="Add a qualification" />
          </StepSection>

          <StepSection id="pay" number={8}>
            <div class="row">
              <NumberField label="Pay from ($)" {...payBound('from')} />
              <NumberField label="Pay to ($)" {...payBound('to')} />
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
            <TextField {...answer('team')} />
          </StepSection>

          <StepSection id="career" number={10}>
            <TextField {...answer('careerLadder')} multiline />
            <TextField {...answer('howToApply')} multiline />
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
