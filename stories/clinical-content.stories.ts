import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {aftercareAvoid, aftercareDo, aftercareSources, timeline} from '../src/content/aftercare.js';
import {eStimCautions, eStimIntro, eStimListHeading, eStimSources} from '../src/content/e-stim.js';
import {naturalFrequency, type Frequency} from '../src/content/frequency.js';
import {
  delayedChestSymptoms,
  doNotDrive,
  emergencySigns,
  redFlagSources,
  signsWithIds,
  tierHeading,
  tierName,
  urgentSigns,
  type Escalation,
} from '../src/content/red-flags.js';
import {regionSource} from '../src/content/region-sources.js';
import {feverThresholdText, lookUpRegion, supportedRegions} from '../src/content/regions.js';
import {outcomeText, questionsFor, screeningSources, type ResultWording} from '../src/content/screening.js';
import {overallRates, rareEvents, sideEffects} from '../src/content/side-effects.js';
import {renderSigns} from '../src/base/warning-signs.js';
import {asElement} from './story.js';
import {whatToExpectSections} from '../src/content/what-to-expect.js';
import {contentReview, disclaimer, sourceLink, sources, type SourceId} from '../src/content/sources.js';

/*
 * Every piece of clinical content, in English, straight from src/content, with
 * its sources: one printable page for the clinical lead who signs it off.
 * Without configureLocalization, @lit/localize's msg returns the English source.
 */

const fever = feverThresholdText(msg, 'en', undefined);

const cite = (ids: readonly SourceId[]) => html`<span class="cite">[${ids.join(', ')}]</span>`;

const escalation = ({emergency, urgent}: Escalation) => html`
  ${
    emergency?.length
      ? html`<p>
          <strong>Emergency:</strong> ${signsWithIds(emergency)
            .map((sign) => sign.text(msg, {fever}))
            .join('; ')}
        </p>`
      : nothing
  }
  ${
    urgent?.length
      ? html`<p>
          <strong>Urgent (today):</strong> ${signsWithIds(urgent)
            .map((sign) => sign.text(msg, {fever}))
            .join('; ')}
        </p>`
      : nothing
  }
`;

const figure = (frequency: Frequency) => html`<li>${naturalFrequency(msg, 'en', frequency)} ${cite(frequency.sources)}</li>`;

function page(): TemplateResult {
  const reviewed = new Date(`${contentReview.lastReviewed}T00:00:00Z`).toUTCString().slice(5, 16);
  const next = new Date(`${contentReview.nextReview}T00:00:00Z`).toUTCString().slice(5, 16);
  return html`<article class="clinical-content">
    <style>
      .clinical-content {
        font:
          15px/1.5 system-ui,
          sans-serif;
        max-width: 60rem;
        color: #212b32;
      }
      .clinical-content h2 {
        border-block-end: 2px solid #212b32;
        margin-block-start: 2rem;
      }
      .clinical-content table {
        border-collapse: collapse;
        inline-size: 100%;
      }
      .clinical-content th,
      .clinical-content td {
        border: 1px solid #aeb7bd;
        padding: 0.25rem 0.5rem;
        text-align: start;
        vertical-align: top;
      }
      .clinical-content .cite {
        color: #4c6272;
        white-space: nowrap;
      }
      @media print {
        .clinical-content h2 {
          break-after: avoid;
        }
        .clinical-content tr,
        .clinical-content li {
          break-inside: avoid;
        }
      }
    </style>
    <h1>dn-widgets: all clinical content and its sources</h1>
    <p>
      English source text as patients see it, from <code>src/content</code>. Content brief revision 2. Last reviewed ${reviewed}; next
      review due ${next}. Translations are the team's and need review by a native-speaking clinician before clinical use.
    </p>
    <p><em>${disclaimer(msg)}</em></p>

    <h2>What to expect (before the first visit)</h2>
    ${whatToExpectSections.map(
      (section) =>
        html`<h3>${section.title(msg)} ${cite(section.sources)}</h3>
          ${section.paragraphs.map((paragraph) => html`<p>${paragraph(msg)}</p>`)}
          ${
            section.list
              ? html`<p>${section.list.intro(msg)}</p>
                  <ul>
                    ${section.list.items.map((item) => html`<li>${item(msg)}</li>`)}
                  </ul>`
              : nothing
          }`,
    )}

    <h2>Red flags</h2>
    <h3>${tierName.emergency(msg)} ${tierHeading.emergency(msg, '[emergency number]')}</h3>
    ${renderSigns(msg, emergencySigns, fever)}
    <p>${delayedChestSymptoms(msg)}</p>
    <p>${doNotDrive(msg)} ${cite(redFlagSources.emergency)}</p>
    <h3>${tierName.urgent(msg)} ${tierHeading.urgent(msg)}</h3>
    ${renderSigns(msg, urgentSigns, fever)}
    <p>${cite(redFlagSources.urgent)}</p>

    <h2>Side effects</h2>
    <table>
      <thead>
        <tr>
          <th>Side effect</th>
          <th>What it is, how long</th>
          <th>Figures</th>
          <th>What helps</th>
          <th>Not normal when</th>
          <th>Sources</th>
        </tr>
      </thead>
      <tbody>
        ${sideEffects.map(
          (effect) =>
            html`<tr>
              <td>${effect.name(msg)} ${effect.headline ? html`<br />(${effect.headline(msg)})` : nothing}</td>
              <td>${effect.feelsLike(msg)} ${effect.lasts?.(msg)}</td>
              <td>
                <ul>
                  ${effect.frequencies.map(figure)}
                </ul>
              </td>
              <td>${effect.selfCare?.(msg)}</td>
              <td>${escalation(effect.notNormal)}</td>
              <td>${cite(effect.sources)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <h3>Overall</h3>
    <ul>
      ${overallRates.map(
        (rate) =>
          html`<li>
            ${rate.name(msg)}: ${naturalFrequency(msg, 'en', rate.frequency)} ${rate.note?.(msg)} ${cite(rate.frequency.sources)}
          </li>`,
      )}
    </ul>
    <h3>Rare, serious</h3>
    <table>
      <thead>
        <tr>
          <th>Event</th>
          <th>What it is</th>
          <th>Signs and what to do</th>
          <th>Sources</th>
        </tr>
      </thead>
      <tbody>
        ${rareEvents.map(
          (event) =>
            html`<tr>
              <td>${event.name(msg)}</td>
              <td>
                ${event.about.map((paragraph) => html`<p>${paragraph(msg)}</p>`)}
                <ul>
                  ${event.frequencies.map(figure)}
                </ul>
              </td>
              <td>${escalation(event.signs)}</td>
              <td>${cite(event.sources)}</td>
            </tr>`,
        )}
      </tbody>
    </table>

    <h2>Aftercare and timeline</h2>
    <p><strong>What helps:</strong> ${aftercareDo.map((tip) => tip.text(msg)).join(' ')}</p>
    <p><strong>What to avoid:</strong> ${aftercareAvoid.map((tip) => tip.text(msg)).join(' ')} ${cite(aftercareSources)}</p>
    <ol>
      ${timeline.map(
        (stage) =>
          html`<li>
            <strong>${stage.title(msg)}</strong>: ${stage.whatIsNormal(msg)} ${stage.instruction?.(msg)}
            ${stage.watchFor ? escalation({urgent: stage.watchFor}) : nothing} ${cite(stage.sources)}
          </li>`,
      )}
    </ol>

    <h2>Electrical stimulation (e-stim)</h2>
    <p>${eStimIntro(msg)} ${cite(eStimSources)}</p>
    <p>
      ${eStimListHeading.stop(msg)}
      ${eStimCautions
        .filter((c) => c.stop)
        .map((c) => c.text(msg))
        .join('; ')}
    </p>
    <p>
      ${eStimListHeading.discuss(msg)}
      ${eStimCautions
        .filter((c) => !c.stop)
        .map((c) => c.text(msg))
        .join('; ')}
    </p>

    <h2>Screening questions and rules</h2>
    <table>
      <thead>
        <tr>
          <th>Question</th>
          <th>Yes</th>
          <th>Not sure</th>
          <th>Yes, with e-stim</th>
          <th>Not sure, with e-stim</th>
        </tr>
      </thead>
      <tbody>
        ${questionsFor({eStim: true}).map((withEStim) => {
          const without = questionsFor({eStim: false}).find((question) => question.id === withEStim.id);
          return html`<tr>
            <td>${withEStim.question(msg)}</td>
            <td>${without?.ifYes ?? 'asked with e-stim only'}</td>
            <td>${without?.ifNotSure ?? ''}</td>
            <td>${withEStim.ifYes}${withEStim.ifYes === 'stop' && withEStim.stopScope === 'e-stim' ? ' (e-stim)' : ''}</td>
            <td>${withEStim.ifNotSure}${withEStim.ifNotSure === 'stop' && withEStim.stopScope === 'e-stim' ? ' (e-stim)' : ''}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    <p>"Stop" beats "discuss"; no answer is stored or sent. ${cite(screeningSources)}</p>
    <ul>
      ${(Object.keys(outcomeText) as ResultWording[]).map(
        (wording) =>
          html`<li>
            <strong>${wording}:</strong> ${outcomeText[wording].heading(msg)}. ${outcomeText[wording].body(msg)}
            ${outcomeText[wording].next(msg)}
          </li>`,
      )}
    </ul>

    <h2>Emergency and urgent-advice numbers</h2>
    <table>
      <thead>
        <tr>
          <th>Region</th>
          <th>Emergency</th>
          <th>Also</th>
          <th>Urgent advice</th>
          <th>Source, checked</th>
        </tr>
      </thead>
      <tbody>
        ${supportedRegions.map((code) => {
          const lookup = lookUpRegion(code);
          if (lookup.kind !== 'found') return nothing;
          const {region} = lookup;
          return html`<tr>
            <td>${code}</td>
            <td>${region.emergencyNumber}${region.coverage ? html`<br />${region.coverage(msg)}` : nothing}</td>
            <td>${region.alternatives?.map((alternative) => `${alternative.number} (${alternative.when})`).join(', ')}</td>
            <td>${region.urgentAdvice?.text(msg, region.urgentAdvice.number ?? '')}</td>
            <td>${regionSource(code).source}, ${regionSource(code).checked}</td>
          </tr>`;
        })}
      </tbody>
    </table>

    <h2>Sources</h2>
    <ol>
      ${(Object.keys(sources) as SourceId[]).map((id) => {
        const link = sourceLink(sources[id]);
        return html`<li>[${id}] ${sources[id].citation} ${link ? html`<a href=${link}>${link}</a>` : nothing}</li>`;
      })}
    </ol>
  </article>`;
}

export default {
  title: 'Clinical content',
  parameters: {layout: 'padded'},
} satisfies Meta;

export const AllContentAndSources: StoryObj = {
  name: 'All content and sources',
  render: () => asElement(page()),
};
