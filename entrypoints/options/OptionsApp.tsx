// The options page: what to show, which rules run, the organization's own terms and allowed
// phrases, import and export, automatic checking on job boards, and for job seekers their
// profile ("do I qualify?") and the list of postings they checked.
import { AllowedSection } from './AllowedSection';
import { BoardsSection } from './BoardsSection';
import { PostingsSection } from './PostingsSection';
import { ProfileSection } from './ProfileSection';
import { RulesSection } from './RulesSection';
import { TermsSection } from './TermsSection';
import { TransferSection } from './TransferSection';
import { useSettings } from './use-settings';

export function OptionsApp() {
  const { settings, save } = useSettings();
  return (
    <div class="page">
      <header>
        <h1>PeerLens options</h1>
        <p class="muted">
          Settings stay in this browser. PeerLens checks text on this device and sends nothing.{' '}
          <a href="/privacy.html" target="_blank" rel="noopener" data-testid="privacy-link">
            Privacy policy
          </a>
        </p>
        <p>
          <a href="/builder.html" data-testid="builder-link">
            Write a peer job description
          </a>{' '}
          <span class="muted">step by step, checked as you write.</span>
        </p>
      </header>
      <main>
        {!settings ? (
          <p role="status">Loading settings…</p>
        ) : (
          <>
            <section aria-labelledby="findings-heading">
              <h2 id="findings-heading">Findings</h2>
              <label class="check">
                <input
                  type="checkbox"
                  data-testid="hide-info"
                  checked={settings.hideInfo}
                  onChange={(e) => void save({ ...settings, hideInfo: (e.currentTarget as HTMLInputElement).checked })}
                />
                Hide notes (info-level findings; they never change the score)
              </label>
            </section>
            <RulesSection settings={settings} save={save} />
            <TermsSection settings={settings} save={save} />
            <AllowedSection settings={settings} save={save} />
            <TransferSection settings={settings} save={save} />
            <BoardsSection />
            <ProfileSection />
            <PostingsSection />
          </>
        )}
      </main>
    </div>
  );
}
