// One step of the guided job description: its heading, what to write, and why, with the
// source it follows as a full reference.
import type { ComponentChildren } from 'preact';
import { stepOf, type StepId } from '../../src/core/job-description/builder-data';
import type { SourceRef } from '../../src/core/types';
import { sourceLabel, sourceUrl } from '../../src/extension/marks/source-label';

export function SourceList({ sources }: { sources: SourceRef[] }) {
  const seen = new Set<string>();
  const unique = sources.filter((s) => {
    const label = sourceLabel(s);
    if (seen.has(label)) return false;
    seen.add(label);
    return true;
  });
  return (
    <span class="sources">
      {unique.map((s, i) => {
        const url = sourceUrl(s);
        return (
          <span key={i}>
            {i > 0 ? '; ' : ''}
            {url ? (
              <a href={url} target="_blank" rel="noopener noreferrer">
                {sourceLabel(s)}
              </a>
            ) : (
              sourceLabel(s)
            )}
          </span>
        );
      })}
    </span>
  );
}

export function StepSection({ id, number, children }: { id: StepId; number: number; children: ComponentChildren }) {
  const step = stepOf(id);
  return (
    <section class="step" aria-labelledby={`step-${id}`} data-testid={`step-${id}`}>
      <h2 id={`step-${id}`}>
        <span class="step-number">{number}.</span> {step.title}
      </h2>
      <p class="prompt">{step.prompt}</p>
      {children}
      <p class="why">
        <strong>Why:</strong> {step.why} <span class="muted">Source: </span>
        <SourceList sources={step.sources} />
      </p>
    </section>
  );
}
